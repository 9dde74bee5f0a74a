package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WorkdirRelativeRuleTest {

    private static final String FROM = "FROM debian:12\n";

    private final RuleTester<Dockerfile> tester = RuleTester.of(new WorkdirRelativeRule(), new DockerfileLanguage(),
            "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("relative", FROM + "WORKDIR «app»\n"),
                RuleCase.flags("dot-relative", FROM + "WORKDIR «./app»\n"),
                RuleCase.flags("two relatives", FROM + "WORKDIR «app»\nWORKDIR «src»\n"),
                RuleCase.flags("absolute in another stage does not count",
                        "FROM debian:12 AS a\nWORKDIR /app\nFROM debian:12\nWORKDIR «app»\n"),
                RuleCase.flags("absolute after does not count", FROM + "WORKDIR «app»\nWORKDIR /srv\n"),
                RuleCase.passes("absolute", FROM + "WORKDIR /app\n"),
                RuleCase.passes("quoted absolute", FROM + "WORKDIR \"/app\"\n"),
                RuleCase.passes("relative after absolute", FROM + "WORKDIR /app\nWORKDIR src\n"),
                RuleCase.passes("absolute in the parent stage", "FROM debian:12 AS base\nWORKDIR /app\nFROM base\nWORKDIR src\n"),
                RuleCase.passes("parent chosen by a platform ARG", "FROM debian:12 AS base-amd64\nWORKDIR /src\n"
                        + "FROM base-$TARGETARCH\nWORKDIR sub\n"),
                RuleCase.passes("variable", FROM + "ARG DIR=/app\nWORKDIR $DIR\nWORKDIR ${HOME}/x\n"),
                RuleCase.passes("Windows drive", "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\\\app\nWORKDIR c:/x\n"),
                RuleCase.passes("ONBUILD WORKDIR runs later", FROM + "ONBUILD WORKDIR app\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageNamesThePath() {
        tester.assertMessage(FROM + "WORKDIR app\n", "WORKDIR \"app\" is relative and no absolute WORKDIR is set"
                + " before it, so it depends on the base image's working directory; use an absolute path");
    }
}
