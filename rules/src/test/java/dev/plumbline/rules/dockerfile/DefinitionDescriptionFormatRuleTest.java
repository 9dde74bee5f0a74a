package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

class DefinitionDescriptionFormatRuleTest {

    private static final Config ON = new Config(Map.of("dockerfile/definition-description-format",
            RuleSetting.severity(Severity.HINT)), List.of(), null, null, Map.of());

    private final RuleTester<Dockerfile> tester = RuleTester.of(new DefinitionDescriptionFormatRule(),
            new DockerfileLanguage(), "Dockerfile").withConfig(ON);

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("ARG", "# the Go version\nARG «GO_VERSION»=1.22\nFROM golang:${GO_VERSION}\n"),
                RuleCase.flags("stage", "# Build the binary\nFROM golang:1.22 AS «build»\n"),
                RuleCase.flags("first line of the block", "# builds things\n# build stage\nFROM golang:1.22 AS «build»\n"),
                RuleCase.flags("ARG in a stage", "FROM debian:12\n# version to install\nARG «VERSION»\n"),
                RuleCase.passes("suppressed above the comment", "# plumbline ignore=dockerfile/definition-description-format\n"
                        + "# Build\nFROM golang:1.22 AS build\n"),
                RuleCase.passes("ARG described", "# GO_VERSION sets the toolchain\nARG GO_VERSION=1.22\nFROM golang:1.22\n"),
                RuleCase.passes("stage described", "# build compiles the binary\nFROM golang:1.22 AS build\n"),
                RuleCase.passes("blank line between", "# Build the binary\n\nFROM golang:1.22 AS build\n"),
                RuleCase.passes("unnamed stage", "# Final image\nFROM debian:12\n"),
                RuleCase.passes("ignore comment", "# hadolint ignore=DL3006\nFROM debian AS base\n"),
                RuleCase.passes("no comment", "FROM debian:12 AS base\nARG X\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void offByDefault() {
        assertEquals(0, RuleTester.of(new DefinitionDescriptionFormatRule(), new DockerfileLanguage(), "Dockerfile")
                .findings("# Build\nFROM golang:1.22 AS build\n").size());
    }

    @Test
    void message() {
        tester.assertMessage("# Build the binary\nFROM golang:1.22 AS build\n", "The comment above stage \"build\" does"
                + " not start with \"build\", so it is not read as its description; start it with the name, or separate"
                + " it with an empty line");
    }
}
