package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FromAsCasingRuleTest {

    private final RuleTester<Dockerfile> tester = RuleTester.of(new FromAsCasingRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("upper FROM, lower as", "FROM golang:1.22 «as» build\n"),
                RuleCase.flags("lower from, upper AS", "from golang:1.22 «AS» build\n"),
                RuleCase.flags("mixed As", "FROM golang:1.22 «As» build\n"),
                RuleCase.passes("matching", "FROM golang:1.22 AS build\nfrom build as final\n"),
                RuleCase.passes("mixed-case From is instruction-casing's", "From golang:1.22 as build\n"),
                RuleCase.passes("no stage name", "FROM golang:1.22\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixMatchesFrom() {
        tester.assertMessage("FROM a:1 as b\n", "\"as\" does not match the casing of \"FROM\"; write AS");
        tester.assertFix("FROM golang:1.22 as build\nRUN go build\n", "Change to AS", "FROM golang:1.22 AS build\nRUN go build\n");
        tester.assertFix("from golang:1.22 AS build\n", "Change to as", "from golang:1.22 as build\n");
    }
}
