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

class InvalidDefaultArgInFromRuleTest {

    private final RuleTester<Dockerfile> tester = RuleTester.of(new InvalidDefaultArgInFromRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("no default", "ARG BASE\nFROM «${BASE}»\n"),
                RuleCase.flags("empty tag", "ARG TAG\nFROM «alpine:$TAG»\n"),
                RuleCase.flags("empty default", "ARG TAG=\nFROM «alpine:${TAG}»\n"),
                RuleCase.passes("default", "ARG TAG=3.20\nFROM alpine:$TAG\n"),
                RuleCase.passes("fallback", "ARG TAG\nFROM alpine:${TAG:-3.20}\n"),
                RuleCase.passes("undeclared is another rule", "FROM alpine:$TAG\n"),
                RuleCase.passes("platform ARG", "FROM alpine:3.20-$TARGETARCH\n"),
                RuleCase.passes("stage name", "ARG B=base\nFROM alpine:3.20 AS base\nFROM $B\n"),
                RuleCase.passes("template", "ARG V=<%= ruby_version %>\nFROM ruby:$V-slim\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageShowsWhatItResolvesTo() {
        tester.assertMessage("ARG TAG\nFROM alpine:$TAG\n", "With the default ARG values, FROM alpine:$TAG resolves to"
                + " \"alpine:\", which is not a valid image name; give the ARG a default value");
    }
}
