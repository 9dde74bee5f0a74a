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

class RedundantTargetPlatformRuleTest {

    private final RuleTester<Dockerfile> tester = RuleTester.of(new RedundantTargetPlatformRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("plain", "FROM «--platform=$TARGETPLATFORM» alpine:3.20\n"),
                RuleCase.flags("braced", "FROM «--platform=${TARGETPLATFORM}» alpine:3.20 AS a\n"),
                RuleCase.passes("BUILDPLATFORM", "FROM --platform=$BUILDPLATFORM alpine:3.20\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixRemovesTheFlag() {
        tester.assertFix("FROM --platform=$TARGETPLATFORM  alpine:3.20 AS a\n", RedundantTargetPlatformRule.FIX_TITLE,
                "FROM alpine:3.20 AS a\n");
    }
}
