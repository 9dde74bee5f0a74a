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

class ConsecutiveRunRuleTest {

    private static final String FROM = "FROM debian:12\n";
    private static final String FIX = ConsecutiveRunRule.FIX_TITLE;

    private final RuleTester<Dockerfile> tester = RuleTester.of(new ConsecutiveRunRule(), new DockerfileLanguage(),
            "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("two short RUNs", FROM + "RUN mkdir /a\n«RUN» chmod 700 /a\n"),
                RuleCase.flags("three", FROM + "RUN a\n«RUN» b\n«RUN» c\n"),
                RuleCase.flags("comment in between", FROM + "RUN a\n# why\n«RUN» b\n"),
                RuleCase.flags("same mounts", FROM + "RUN --mount=type=cache,target=/c a\n«RUN» --mount=type=cache,target=/c b\n"),
                RuleCase.flags("exec form", FROM + "RUN [\"a\"]\n«RUN» [\"b\"]\n"),
                RuleCase.passes("another instruction between", FROM + "RUN a\nENV X=1\nRUN b\n"),
                RuleCase.passes("different flags", FROM + "RUN --network=none a\nRUN b\n"),
                RuleCase.passes("a long RUN first", FROM + "RUN a && b && c\nRUN d\n"),
                RuleCase.passes("a long RUN second", FROM + "RUN a\nRUN b && c && d\n"),
                RuleCase.passes("heredoc", FROM + "RUN a\nRUN <<EOF\nb\nEOF\n"),
                RuleCase.passes("other stage", "FROM debian:12 AS a\nRUN a\nFROM debian:12\nRUN b\n"),
                RuleCase.passes("PowerShell", "FROM mcr.microsoft.com/windows/servercore:ltsc2022\n"
                        + "SHELL [\"powershell\", \"-Command\"]\nRUN a\nRUN b\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageSaysWhatToDoAndPointsAtThePreviousRun() {
        tester.assertMessage(FROM + "RUN a\nRUN b\n",
                "This RUN follows another short RUN with the same flags; merge them to save a layer");
        // a related place, not a line number in the message: the finding stays true when the stage moves
        assertEquals(List.of(Related.here(Range.of(1, 0, 1, 3), "the RUN before it")),
                tester.onlyFinding(FROM + "RUN a\nRUN b\n").related());
    }

    @Test
    void fixMergesTheRuns() {
        tester.assertFix(FROM + "RUN mkdir /a\nRUN chmod 700 /a && chown 1000 /a\n", FIX,
                FROM + "RUN mkdir /a && \\\n    chmod 700 /a && chown 1000 /a\n");
    }

    @Test
    void fixWithACommandSubstitution() {
        tester.assertFix(FROM + "RUN a\nRUN cargo build --target $(cat t.txt)\n", FIX,
                FROM + "RUN a && \\\n    cargo build --target $(cat t.txt)\n");
    }

    @Test
    void fixKeepsFlagsAndCrlf() {
        tester.assertFix("FROM debian:12\r\nRUN --network=none a\r\nRUN --network=none b\r\n", FIX,
                "FROM debian:12\r\nRUN --network=none a && \\\r\n    b\r\n");
    }

    @Test
    void fixUsesTheBacktickEscape() {
        tester.assertFix("# escape=`\nFROM debian:12\nRUN a\nRUN b\n", FIX, "# escape=`\nFROM debian:12\nRUN a && `\n    b\n");
    }

    @Test
    void noFixWhenMergingWouldChangeWhatFailures() {
        assertTrue(tester.onlyFinding(FROM + "RUN a\nRUN b || true\n").fixes().isEmpty());
        assertTrue(tester.onlyFinding(FROM + "RUN a\nRUN b; c\n").fixes().isEmpty());
        assertTrue(tester.onlyFinding(FROM + "RUN a;\nRUN b\n").fixes().isEmpty());
        assertTrue(tester.onlyFinding(FROM + "RUN [\"a\"]\nRUN b\n").fixes().isEmpty());
    }
}
