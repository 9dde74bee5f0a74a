package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReservedStageNameRuleTest {

    private final RuleTester<Dockerfile> tester = RuleTester.of(new ReservedStageNameRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("scratch", "FROM alpine:3.20 AS «scratch»\n"),
                RuleCase.flags("context any case", "FROM alpine:3.20 AS «Context»\n"),
                RuleCase.passes("other", "FROM alpine:3.20 AS scratchpad\nFROM scratch\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

}
