package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UntaggedImageRuleTest {

    private final RuleTester<Dockerfile> tester = RuleTester.of(new UntaggedImageRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        String digest = "sha256:" + "0123456789abcdef".repeat(4);
        return Stream.of(
                RuleCase.flags("bare name", "FROM «ubuntu»\n"),
                RuleCase.flags("with a stage name", "FROM «docker.io/library/node» AS build\n"),
                RuleCase.flags("registry port is not a tag", "FROM «host:5000/app»\n"),
                RuleCase.flags("from an ARG default", "ARG BASE=debian\nFROM «${BASE}»\n"),
                RuleCase.flags("quoted", "FROM «\"ubuntu\"»\n"),
                RuleCase.flags("COPY --from an image", "FROM alpine:3.20\nCOPY --from=«docker.io/library/nginx» /etc/nginx /etc/nginx\n"),
                RuleCase.flags("RUN --mount from an image", "FROM alpine:3.20\nRUN --mount=from=«library/busybox»,target=/b ls\n"),
                // a bare name is most likely a missing stage: copy-from-unknown-stage reports it once
                RuleCase.passes("COPY --from a bare name", "FROM alpine:3.20\nCOPY --from=builder /app /app\n"),
                RuleCase.passes("RUN --mount from a bare name", "FROM alpine:3.20\nRUN --mount=from=busybox,target=/b ls\n"),
                RuleCase.flags("a later stage's name is not a base", "FROM «later»\nFROM alpine:3.20 AS later\n"),
                RuleCase.flags("continuation", "FROM \\\n  «ubuntu» \\\n  AS base\n"),
                RuleCase.passes("tagged", "FROM ubuntu:24.04\n"),
                RuleCase.passes("digest only", "FROM ubuntu@" + digest + "\n"),
                RuleCase.passes("scratch", "FROM scratch\n"),
                RuleCase.passes("stage reference, any case", "FROM golang:1.22 AS Builder\nFROM builder\nFROM BUILDER\n"),
                RuleCase.passes("stage reference through an ARG", "ARG BASE=build\nFROM golang:1.22 AS build\nFROM ${BASE}\n"),
                RuleCase.passes("unresolvable variable", "ARG BASE\nFROM ${BASE}\n"),
                RuleCase.passes("COPY --from a stage index", "FROM alpine:3.20\nCOPY --from=0 /a /b\n"),
                RuleCase.passes("COPY --from a stage defined later", "FROM alpine:3.20\nCOPY --from=tools /a /b\nFROM busybox:1 AS tools\n"),
                RuleCase.passes("mount from a stage", "FROM alpine:3.20 AS deps\nFROM alpine:3.20\nRUN --mount=from=deps,target=/d ls\n"),
                RuleCase.passes("invalid reference is not judged", "FROM Ubuntu\n"),
                RuleCase.passes("FROM without argument", "FROM\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageNamesTheImage() {
        tester.assertMessage("FROM ubuntu\n",
                "Image \"ubuntu\" has no tag or digest, so it means \"latest\"; pin a version (and ideally a digest)");
    }
}
