package dev.plumbline.rules.dockerfile.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.rules.dockerfile.support.ImageUsers.Kind;
import dev.plumbline.rules.dockerfile.support.ImageUsers.StageUser;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ImageUsersTest {

    private static ImageUsers of(String dockerfile) {
        return ImageUsers.EXTRACTOR.extract("Dockerfile", dockerfile).orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "FROM alpine:3.20\\nUSER 1000                          | NUMERIC",
        "FROM alpine:3.20\\nUSER 1000:1000                     | NUMERIC",
        "FROM alpine:3.20\\nUSER app                           | NAMED",
        "FROM alpine:3.20\\nUSER app:1000                      | NAMED",
        "FROM alpine:3.20\\nUSER root                          | ROOT",
        "FROM alpine:3.20\\nUSER 0:0                           | ROOT",
        "FROM scratch\\nCOPY app /app                          | ROOT",
        "FROM scratch\\nUSER 65532                             | NUMERIC",
        "FROM python:3.12\\nCMD python                         | UNSET",
        "FROM docker.io/library/node:22\\nCMD node             | UNSET",
        "FROM elasticsearch:8.15.0                             | INHERITED",
        "FROM gcr.io/distroless/static:nonroot                 | INHERITED",
        "FROM cgr.dev/chainguard/static                        | INHERITED",
        "FROM ghcr.io/acme/base:1                              | INHERITED",
        "FROM $BASE                                            | UNKNOWN",
        "FROM alpine:3.20\\nARG U\\nUSER $U                    | UNKNOWN",
        "ARG U=app\\nFROM alpine:3.20\\nARG U\\nUSER $U        | NAMED",
        "FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\\nUSER ContainerUser | UNKNOWN",
        "FROM alpine:3.20 AS base\\nUSER app\\nFROM base\\nCMD x | NAMED",
    })
    void theFinalStagesUser(String dockerfile, Kind kind) {
        assertEquals(kind, of(dockerfile.replace("\\n", "\n")).built(null).orElseThrow().kind());
    }

    @Test
    void aTargetPicksItsStageAndAnUnknownTargetNothing() {
        ImageUsers users = of("FROM alpine:3.20 AS Build\nUSER 1000\nFROM python:3.12 AS release\nUSER app\n");
        assertEquals(Optional.of(new StageUser("build", Kind.NUMERIC, "1000", "alpine:3.20", "")), users.built("build"));
        assertEquals(Kind.NAMED, users.built("").orElseThrow().kind());
        assertEquals(Optional.empty(), users.built("debug"));
        assertEquals(Optional.empty(), of("").built(null));
        assertEquals(Optional.empty(), of("\0\0garbage").built(null));
    }

    @Test
    void acceptsDockerfileNamesOnly() {
        assertEquals(true, ImageUsers.EXTRACTOR.accepts("svc/api.Dockerfile"));
        assertEquals(true, ImageUsers.EXTRACTOR.accepts("Containerfile"));
        assertEquals(false, ImageUsers.EXTRACTOR.accepts("deploy/app.yaml"));
        assertEquals(false, ImageUsers.EXTRACTOR.accepts("README.md"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "RUN useradd --uid 10001 app                                            | 10001",
        "RUN useradd -r -u 999 -g app -s /sbin/nologin app                       | 999",
        "RUN groupadd -g 1001 app && useradd --uid=1001 --gid 1001 app            | 1001",
        "RUN adduser -D -H -u 1000 -G app app                                     | 1000",
        "RUN adduser --disabled-password --gecos '' --uid 2000 --ingroup app app  | 2000",
        "RUN useradd -u1234 app                                                   | 1234",
        "RUN useradd app                                                          | ''",
        "RUN useradd -u 1000 other                                                | ''",
        "RUN useradd -u 0 app                                                     | ''",
        "RUN useradd -u $UID app                                                  | ''",
        "ONBUILD RUN useradd -u 1000 app                                          | ''",
    })
    void theUidANamedUserIsCreatedWith(String run, String uid) {
        StageUser user = of("FROM debian:12\n" + run + "\nUSER app\n").built(null).orElseThrow();
        assertEquals(Kind.NAMED, user.kind());
        assertEquals(uid, user.uid());
    }

    @Test
    void aUserCreatedInAStageTheChainDoesNotIncludeHasNoUid() {
        assertEquals("", of("FROM debian:12 AS other\nRUN useradd -u 1000 app\nFROM debian:12\nUSER app\n")
                .built(null).orElseThrow().uid());
        assertEquals("1000", of("FROM debian:12 AS base\nRUN useradd -u 1000 app\nFROM base\nUSER app\n")
                .built(null).orElseThrow().uid());
    }
}
