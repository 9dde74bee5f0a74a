package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SyntaxFromRuleTest {

    private final RuleTester<Dockerfile> tester = RuleTester.of(new SyntaxFromRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("AS without a name", "FROM golang:1.22 «AS»\n"),
                RuleCase.flags("name without AS", "FROM golang:1.22 «build»\n"),
                RuleCase.flags("four words", "FROM golang:1.22 «AS build extra»\n"),
                RuleCase.flags("second word is not AS", "FROM golang:1.22 «IS» build\n"),
                RuleCase.flags("stage name starting with a digit", "FROM golang:1.22 AS «1build»\n"),
                RuleCase.flags("stage name with a symbol", "FROM golang:1.22 AS «build:go»\n"),
                RuleCase.flags("stage name from a variable", "FROM golang:1.22 AS «$NAME»\n"),
                RuleCase.flags("across a continuation", "FROM golang:1.22 \\\n  «AS»\n"),
                RuleCase.passes("valid forms", """
                        FROM golang:1.22
                        FROM golang:1.22 AS build
                        FROM golang:1.22 as Build_2.x-y
                        from build AS final
                        FROM --platform=$BUILDPLATFORM golang:1.22 AS cross
                        """),
                RuleCase.passes("bare FROM is syntax-argument-count's", "FROM\n"),
                RuleCase.passes("empty file", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messages() {
        tester.assertMessage("FROM a:1 IS b\n", "Expected AS before the stage name, found \"IS\"");
        tester.assertMessage("FROM a:1 AS 1b\n",
                "Invalid stage name \"1b\": it must start with a letter and hold only letters, digits, ., _ and -");
    }
}
