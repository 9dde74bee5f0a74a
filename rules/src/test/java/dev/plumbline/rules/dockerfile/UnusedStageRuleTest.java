package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UnusedStageRuleTest {

    private final RuleTester<Dockerfile> tester = RuleTester.of(new UnusedStageRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("never used", "FROM alpine:3.20 AS «test»\nRUN true\nFROM alpine:3.20\n"),
                RuleCase.passes("used by FROM", "FROM alpine:3.20 AS base\nFROM base\n"),
                RuleCase.passes("used by COPY --from index", "FROM alpine:3.20 AS b\nFROM alpine:3.20\nCOPY --from=0 /a /a\n"),
                RuleCase.passes("used by a mount", "FROM alpine:3.20 AS b\nFROM alpine:3.20\nRUN --mount=from=b,target=/b ls\n"),
                RuleCase.passes("final stage", "FROM alpine:3.20 AS only\n"),
                RuleCase.passes("unnamed", "FROM alpine:3.20\nFROM alpine:3.20\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

}
