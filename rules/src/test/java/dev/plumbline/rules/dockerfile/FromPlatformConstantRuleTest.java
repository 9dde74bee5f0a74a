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

class FromPlatformConstantRuleTest {

    private final RuleTester<Dockerfile> tester = RuleTester.of(new FromPlatformConstantRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("literal", "FROM --platform=«linux/amd64» alpine:3.20\n"),
                RuleCase.flags("quoted literal", "FROM --platform=«\"linux/arm64\"» alpine:3.20\n"),
                RuleCase.passes("BUILDPLATFORM", "FROM --platform=$BUILDPLATFORM golang:1.22\n"),
                RuleCase.passes("ARG", "ARG P=linux/amd64\nFROM --platform=${P} alpine:3.20\n"),
                RuleCase.passes("no flag", "FROM alpine:3.20\n"),
                RuleCase.passes("stage named for its platform", "FROM --platform=linux/arm64 alpine:3.20 AS base-arm64\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

}
