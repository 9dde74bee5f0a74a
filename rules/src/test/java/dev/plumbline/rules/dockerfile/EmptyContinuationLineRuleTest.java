package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EmptyContinuationLineRuleTest {

    private static final String FROM = "FROM alpine:3.20\n";
    private static final String FIX = "Delete the empty line";

    private final RuleTester<Dockerfile> tester =
            RuleTester.of(new EmptyContinuationLineRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("empty line", FROM + "RUN apk add \\\n«»\n    curl\n"),
                RuleCase.flags("whitespace-only line", FROM + "RUN apk add \\\n«  \t»\n    curl\n"),
                RuleCase.flags("one finding per line", FROM + "RUN a \\\n«»\n«»\n  b \\\n«»\n  c\n"),
                RuleCase.flags("CRLF", FROM + "RUN a \\\r\n«»\r\n  b\r\n"),
                RuleCase.flags("backtick escape", "# escape=`\n" + FROM + "RUN a `\n«»\n  b\n"),
                RuleCase.flags("next to a comment line", FROM + "RUN a \\\n  # note\n«»\n  b\n"),
                RuleCase.passes("comment lines are fine", FROM + "RUN a \\\n  # note\n  b\n"),
                RuleCase.passes("blank lines between instructions", FROM + "\nRUN a\n\nRUN b\n"),
                RuleCase.passes("blank lines in a heredoc body", FROM + "RUN <<EOF\necho a\n\necho b\nEOF\n"),
                RuleCase.passes("blank line after an escaped backslash", FROM + "RUN echo a\\\\\n\nRUN b\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixDeletesTheLine() {
        tester.assertFix(FROM + "RUN apk add \\\n\n    curl\n", FIX, FROM + "RUN apk add \\\n    curl\n");
        tester.assertFix(FROM + "RUN a \\\r\n   \r\n  b\r\n", FIX, FROM + "RUN a \\\r\n  b\r\n");
    }
}
