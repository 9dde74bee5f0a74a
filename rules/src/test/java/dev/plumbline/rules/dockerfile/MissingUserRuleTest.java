package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MissingUserRuleTest {

    private final RuleTester<Dockerfile> tester = RuleTester.of(new MissingUserRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("no USER at all", "«FROM» debian:12\nCMD [\"app\"]\n"),
                RuleCase.flags("USER only in a build stage", "FROM golang:1.22 AS build\nUSER 1000\n«FROM» debian:12\nCMD [\"app\"]\n"),
                RuleCase.flags("scratch with a command", "FROM golang:1.22 AS build\n«FROM» scratch\nENTRYPOINT [\"/app\"]\n"),
                RuleCase.flags("lowercase keyword", "«from» alpine:3.20\n"),
                RuleCase.passes("USER in the final stage", "FROM debian:12\nUSER 10001\n"),
                RuleCase.passes("USER root is root-user's business", "FROM debian:12\nUSER root\n"),
                RuleCase.passes("USER inherited along the chain", "FROM debian:12 AS base\nUSER app\nFROM base\nCMD x\n"),
                RuleCase.passes("artifact-only scratch image", "FROM golang:1.22 AS build\nFROM scratch\nCOPY --from=build /out /\n"),
                RuleCase.passes("distroless nonroot", "FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /app\n"),
                RuleCase.passes("chainguard", "FROM cgr.dev/chainguard/static:latest\n"),
                RuleCase.passes("windows image", "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD cmd\n"),
                RuleCase.passes("no FROM", "ARG X=1\n"),
                RuleCase.passes("empty file", ""),
                RuleCase.passes("windows image through an unresolved variable", "ARG OS\nFROM mcr.microsoft.com/windows/nanoserver:${OS}\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageSaysWhatHappens() {
        tester.assertMessage("FROM debian:12\n",
                "The final stage sets no USER, so the container runs as root; add a non-root user");
    }

    @Test
    void fixOnDebianUsesUseraddBeforeTheCommand() {
        tester.assertFix("FROM debian:12\nRUN apt-get update\nCOPY app /app\nCMD [\"/app\"]\n", MissingUserRule.FIX_TITLE,
                "FROM debian:12\nRUN apt-get update\nCOPY app /app\n"
                        + "RUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --no-create-home app\n"
                        + "USER 10001:10001\nCMD [\"/app\"]\n");
    }

    @Test
    void fixOnAlpineUsesAdduserAtTheEnd() {
        tester.assertFix("FROM python:3.12-alpine\r\nCOPY app /app\r\n", MissingUserRule.FIX_TITLE,
                "FROM python:3.12-alpine\r\nCOPY app /app\r\n"
                        + "RUN addgroup -S -g 10001 app && adduser -S -D -H -u 10001 -G app app\r\nUSER 10001:10001\r\n");
    }

    @Test
    void fixGoesAfterTheLastBuildStepEvenWhenCmdComesFirst() {
        tester.assertFix("FROM ubuntu:24.04\nCMD [\"/app\"]\nCOPY app /app\n", MissingUserRule.FIX_TITLE,
                "FROM ubuntu:24.04\nCMD [\"/app\"]\nCOPY app /app\n"
                        + "RUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --no-create-home app\n"
                        + "USER 10001:10001\n");
    }

    @Test
    void unknownDistributionGetsNoFix() {
        org.junit.jupiter.api.Assertions.assertTrue(tester.onlyFinding("FROM registry.example.com/base:1\n").fixes().isEmpty());
    }

    @org.junit.jupiter.api.Test
    void devContainersAreNotDeployedImages() {
        org.junit.jupiter.api.Assertions.assertTrue(RuleTester.of(new MissingUserRule(), new DockerfileLanguage(), ".devcontainer/Dockerfile")
                .findings("FROM debian:12\nUSER root\n").isEmpty());
    }
}
