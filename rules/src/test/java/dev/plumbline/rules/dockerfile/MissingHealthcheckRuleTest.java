package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MissingHealthcheckRuleTest {

    private final RuleTester<Dockerfile> tester = RuleTester.of(new MissingHealthcheckRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("none", "«FROM» debian:12\nCMD [\"app\"]\n"),
                RuleCase.flags("only in another stage", "FROM debian:12 AS a\nHEALTHCHECK CMD true\n«FROM» debian:12\n"),
                RuleCase.passes("present", "FROM debian:12\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n"),
                RuleCase.passes("NONE is a decision", "FROM debian:12\nHEALTHCHECK NONE\n"),
                RuleCase.passes("inherited", "FROM debian:12 AS base\nHEALTHCHECK CMD true\nFROM base\n"),
                RuleCase.passes("artifact-only image", "FROM debian:12 AS b\nFROM scratch\nCOPY --from=b /out /\n"),
                RuleCase.passes("ONBUILD HEALTHCHECK does not count but no FROM", "ARG A=1\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixProbesTheFirstExposedPortWithCurl() {
        tester.assertFix("FROM debian:12\nEXPOSE 8080/tcp 9090\nCOPY app /app\nCMD [\"/app\"]\n", MissingHealthcheckRule.FIX_TITLE,
                "FROM debian:12\nEXPOSE 8080/tcp 9090\nCOPY app /app\n"
                        + "HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 CMD curl -fsS"
                        + " http://localhost:8080/ || exit 1\nCMD [\"/app\"]\n");
    }

    @Test
    void fixUsesWgetOnAlpine() {
        tester.assertFix("FROM alpine:3.20\nEXPOSE 80\n", MissingHealthcheckRule.FIX_TITLE,
                "FROM alpine:3.20\nEXPOSE 80\n"
                        + "HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 CMD wget -q --spider"
                        + " http://localhost:80/ || exit 1\n");
    }

    @Test
    void noFixWithoutAPort() {
        assertTrue(tester.onlyFinding("FROM debian:12\nEXPOSE 53/udp\n").fixes().isEmpty());
    }

    @org.junit.jupiter.api.Test
    void devContainersAreNotDeployedImages() {
        org.junit.jupiter.api.Assertions.assertTrue(RuleTester.of(new MissingHealthcheckRule(), new DockerfileLanguage(), ".devcontainer/Dockerfile")
                .findings("FROM debian:12\nUSER root\n").isEmpty());
    }
}
