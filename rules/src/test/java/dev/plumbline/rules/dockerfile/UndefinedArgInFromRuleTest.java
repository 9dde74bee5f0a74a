package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.config.Config;
import dev.plumbline.config.RuleSetting;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UndefinedArgInFromRuleTest {

    private final RuleTester<Dockerfile> tester = RuleTester.of(new UndefinedArgInFromRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("undeclared", "FROM alpine:$«TAG»\n"),
                RuleCase.flags("braced, typo", "ARG VERSION=3.20\nFROM alpine:${«VERSOIN»}\n"),
                RuleCase.flags("stage ARG does not count", "FROM alpine:3.20\nARG X=1\nFROM alpine:$«X»\n"),
                RuleCase.flags("platform flag", "FROM --platform=$«PLATFORM» alpine:3.20\n"),
                RuleCase.passes("declared", "ARG TAG=3.20\nFROM alpine:$TAG\n"),
                RuleCase.passes("declared without default", "ARG TAG\nFROM alpine:${TAG:-3.20}\n"),
                RuleCase.passes("predefined", "FROM --platform=$BUILDPLATFORM golang:1.22\nFROM alpine:3.20-${TARGETARCH}\n"),
                RuleCase.passes("escaped", "FROM alpine:3.20\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixReplacesWithTheDeclaredName() {
        tester.assertFix("ARG VERSION=3.20\nFROM alpine:${VERSOIN}\n", "Replace with VERSION",
                "ARG VERSION=3.20\nFROM alpine:${VERSION}\n");
    }

    @Test
    void messageSuggests() {
        tester.assertMessage("ARG BASE=debian:12\nFROM $BSE\n",
                "FROM uses $BSE, which is not declared by an ARG before the first FROM; did you mean BASE?");
    }
}
