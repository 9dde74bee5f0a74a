package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.engine.Related;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import dev.plumbline.text.Range;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DuplicateStageNameRuleTest {

    private final RuleTester<Dockerfile> tester = RuleTester.of(new DuplicateStageNameRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("same name", "FROM alpine:3.20 AS build\nFROM alpine:3.20 AS «build»\n"),
                RuleCase.flags("other case", "FROM alpine:3.20 AS build\nFROM alpine:3.20 AS «Build»\nFROM alpine:3.20 AS «BUILD»\n"),
                RuleCase.passes("distinct", "FROM alpine:3.20 AS a\nFROM alpine:3.20 AS b\n"),
                RuleCase.passes("unnamed", "FROM alpine:3.20\nFROM alpine:3.20\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageNamesTheFirstStage() {
        tester.assertMessage("FROM alpine:3.20 AS b\nFROM alpine:3.20 AS b\n",
                "Stage name \"b\" is already used by the stage on line 1; stage names must be unique");
    }

    @Test
    void pointsAtTheFirstStageWithTheName() {
        assertEquals(List.of(Related.here(Range.of(0, 20, 0, 21), "the stage that first uses the name")),
                tester.onlyFinding("FROM alpine:3.20 AS b\nFROM alpine:3.20 AS b\n").related());
    }
}
