package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RootUserRuleTest {

    private final RuleTester<Dockerfile> tester = RuleTester.of(new RootUserRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("USER root last", "FROM debian:12\nUSER «root»\n"),
                RuleCase.flags("UID 0 with a group", "FROM debian:12\nUSER «0:0»\n"),
                RuleCase.flags("root:group", "FROM debian:12\nUSER «root:staff»\n"),
                RuleCase.flags("through an ARG default", "FROM debian:12\nARG U=root\nUSER «$U»\n"),
                RuleCase.flags("inherited from the base stage", "FROM debian:12 AS base\nUSER «root»\nFROM base\nCMD x\n"),
                RuleCase.passes("root then a non-root user", "FROM debian:12\nUSER root\nRUN id\nUSER app\n"),
                RuleCase.passes("root only in a build stage", "FROM debian:12 AS build\nUSER root\nFROM debian:12\nUSER app\n"),
                RuleCase.passes("root in a build stage, no USER in final", "FROM debian:12 AS build\nUSER root\nFROM debian:12\n"),
                RuleCase.passes("unknown ARG", "FROM debian:12\nARG U\nUSER $U\n"),
                RuleCase.passes("rootless name", "FROM debian:12\nUSER rootless\n"),
                RuleCase.passes("no USER", "FROM debian:12\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageNamesTheUser() {
        tester.assertMessage("FROM debian:12\nUSER 0\n",
                "The final image runs as \"0\"; switch to a non-root user before the container starts");
    }

    @Test
    void replacesALastUserRootThatNothingNeeds() {
        tester.assertFix("FROM debian:12\nRUN make\nUSER root\nCMD [\"x\"]\n", RootUserRule.REPLACE_TITLE,
                "FROM debian:12\nRUN make\nUSER 10001:10001\nCMD [\"x\"]\n");
    }

    @Test
    void switchesLaterWhenBuildStepsFollow() {
        tester.assertFix("FROM debian:12\nUSER root\nRUN apt-get update\nCMD [\"x\"]\n", RootUserRule.INSERT_TITLE,
                "FROM debian:12\nUSER root\nRUN apt-get update\nUSER 10001:10001\nCMD [\"x\"]\n");
    }

    @Test
    void switchesInTheFinalStageWhenRootIsInherited() {
        tester.assertFix("FROM debian:12 AS base\nUSER root\nFROM base\nCOPY a /a\n", RootUserRule.INSERT_TITLE,
                "FROM debian:12 AS base\nUSER root\nFROM base\nCOPY a /a\nUSER 10001:10001\n");
    }

    @org.junit.jupiter.api.Test
    void devContainersAreNotDeployedImages() {
        org.junit.jupiter.api.Assertions.assertTrue(RuleTester.of(new RootUserRule(), new DockerfileLanguage(), ".devcontainer/Dockerfile")
                .findings("FROM debian:12\nUSER root\n").isEmpty());
    }
}
