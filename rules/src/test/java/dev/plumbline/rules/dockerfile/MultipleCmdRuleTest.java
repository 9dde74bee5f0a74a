package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

class MultipleCmdRuleTest {

    private static final String FROM = "FROM debian:12\n";
    private static final String FIX = MultipleCmdRule.FIX_TITLE;

    private final RuleTester<Dockerfile> tester = RuleTester.of(new MultipleCmdRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("two CMDs", FROM + "«CMD» [\"a\"]\nCMD [\"b\"]\n"),
                RuleCase.flags("three CMDs", FROM + "«CMD» [\"a\"]\n«cmd» [\"b\"]\nCMD [\"c\"]\n"),
                RuleCase.flags("per stage", "FROM debian:12 AS a\n«CMD» [\"a\"]\nCMD [\"b\"]\nFROM a\nCMD [\"c\"]\n"),
                RuleCase.passes("one CMD", FROM + "CMD [\"a\"]\n"),
                RuleCase.passes("one CMD per stage", "FROM debian:12 AS a\nCMD [\"a\"]\nFROM a\nCMD [\"b\"]\n"),
                RuleCase.passes("ONBUILD CMD is for the next image", FROM + "ONBUILD CMD [\"a\"]\nCMD [\"b\"]\n"),
                RuleCase.passes("CMD and ENTRYPOINT", FROM + "ENTRYPOINT [\"a\"]\nCMD [\"b\"]\n"),
                RuleCase.passes("HEALTHCHECK CMD is not a CMD", FROM + "HEALTHCHECK CMD true\nCMD [\"b\"]\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messagePointsAtTheCmdThatWins() {
        tester.assertMessage(FROM + "CMD [\"a\"]\nCMD [\"b\"]\n",
                "CMD has no effect: a later CMD of the same stage replaces it");
    }

    @Test
    void fixDeletesTheOverriddenCmd() {
        tester.assertFix(FROM + "CMD a \\\n  --flag\nEXPOSE 80\nCMD [\"b\"]\n", FIX, FROM + "EXPOSE 80\nCMD [\"b\"]\n");
    }

    @Test
    void fixWithCrlf() {
        tester.assertFix("FROM debian:12\r\nCMD [\"a\"]\r\nCMD [\"b\"]\r\n", FIX, "FROM debian:12\r\nCMD [\"b\"]\r\n");
    }

    @Test
    void pointsAtTheCmdThatTakesEffect() {
        assertEquals(List.of(Related.here(Range.of(2, 0, 2, 3), "the CMD that takes effect")),
                tester.onlyFinding("FROM debian:12\nCMD [\"a\"]\nCMD [\"b\"]\n").related());
    }
}
