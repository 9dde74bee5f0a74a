package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LatestTagRuleTest {

    private final RuleTester<Dockerfile> tester = RuleTester.of(new LatestTagRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        String digest = "sha256:" + "0123456789abcdef".repeat(4);
        return Stream.of(
                RuleCase.flags("explicit latest", "FROM nginx:«latest»\n"),
                RuleCase.flags("with a stage name and platform", "FROM --platform=linux/amd64 nginx:«latest» AS web\n"),
                RuleCase.flags("registry with port", "FROM registry.local:5000/team/app:«latest»\n"),
                RuleCase.flags("tag from an ARG default", "ARG TAG=latest\nFROM «nginx:${TAG}»\n"),
                RuleCase.flags("whole image from an ARG default", "ARG IMAGE=nginx:latest\nFROM «$IMAGE»\n"),
                RuleCase.flags("default operator", "ARG TAG\nFROM «nginx:${TAG:-latest}»\n"),
                RuleCase.flags("COPY --from an image", "FROM alpine:3.20\nCOPY --from=nginx:«latest» /etc/nginx /etc/nginx\n"),
                RuleCase.flags("RUN --mount from an image",
                        "FROM alpine:3.20\nRUN --mount=type=bind,from=busybox:«latest»,target=/b ls /b\n"),
                RuleCase.flags("ONBUILD COPY --from", "FROM alpine:3.20\nONBUILD COPY --from=nginx:«latest» /a /b\n"),
                RuleCase.flags("CRLF and tabs", "FROM\tnginx:«latest»\r\nRUN true\r\n"),
                RuleCase.flags("several stages", "FROM golang:«latest» AS build\nFROM alpine:3.20\nFROM node:«latest»\n"),
                RuleCase.passes("pinned tag", "FROM nginx:1.27\n"),
                RuleCase.passes("latest with a digest is pinned", "FROM nginx:latest@" + digest + "\n"),
                RuleCase.passes("untagged is the other rule", "FROM nginx\n"),
                RuleCase.passes("scratch", "FROM scratch\n"),
                RuleCase.passes("stage reference", "FROM golang:1.22 AS latest\nFROM latest\n"),
                RuleCase.passes("unresolvable variable", "ARG REGISTRY\nFROM ${REGISTRY}/nginx:latest\n"),
                RuleCase.passes("automatic platform argument", "FROM base-${TARGETARCH}:latest\n"),
                RuleCase.passes("Windows image", "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\n"),
                RuleCase.passes("COPY --from a stage", "FROM alpine:3.20 AS latest\nCOPY --from=latest /a /b\n"),
                RuleCase.passes("template placeholders are not references", "FROM {{ .BaseImage }}:latest\n"),
                RuleCase.passes("empty file", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageNamesTheImage() {
        tester.assertMessage("ARG V=latest\nFROM python:$V\n", "Image \"python:latest\" (written \"python:$V\") uses the"
                + " \"latest\" tag, which changes over time; pin a version (and ideally a digest)");
        tester.assertMessage("FROM python:latest\n", "Image \"python:latest\" uses the \"latest\" tag, which changes"
                + " over time; pin a version (and ideally a digest)");
    }
}
