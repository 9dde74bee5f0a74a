package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WgetProgressRuleTest {

    private static final String FROM = "FROM debian:12\n";
    private static final String FIX = WgetProgressRule.FIX_TITLE;

    private final RuleTester<Dockerfile> tester = RuleTester.of(new WgetProgressRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("plain wget", FROM + "RUN «wget» https://example.com/x.tgz\n"),
                RuleCase.flags("output document", FROM + "RUN «wget» -O /tmp/x.tgz https://example.com/x.tgz\n"),
                RuleCase.flags("output to stdout", FROM + "RUN «wget» -O- https://example.com/x.sh | sh\n"),
                RuleCase.flags("-nc is not -nv", FROM + "RUN «wget» -nc https://example.com/x\n"),
                RuleCase.flags("exec form", FROM + "RUN [«\"wget\"», \"https://example.com/x\"]\n"),
                RuleCase.flags("show-progress alone", FROM + "RUN «wget» --show-progress https://example.com/x\n"),
                RuleCase.passes("-q", FROM + "RUN wget -q https://example.com/x\n"),
                RuleCase.passes("bundled -qO-", FROM + "RUN wget -qO- https://example.com/x\n"),
                RuleCase.passes("--quiet", FROM + "RUN wget --quiet https://example.com/x\n"),
                RuleCase.passes("-nv", FROM + "RUN wget -nv https://example.com/x\n"),
                RuleCase.passes("--no-verbose", FROM + "RUN wget --no-verbose https://example.com/x\n"),
                RuleCase.passes("--progress", FROM + "RUN wget --progress=dot:giga https://example.com/x\n"),
                RuleCase.passes("log file", FROM + "RUN wget -o /tmp/wget.log https://example.com/x\n"),
                RuleCase.passes("append to a log", FROM + "RUN wget --append-output=/tmp/log https://example.com/x\n"),
                RuleCase.passes("curl", FROM + "RUN curl -fsSLO https://example.com/x\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void message() {
        tester.assertMessage(FROM + "RUN wget https://example.com/x\n",
                "wget without --progress, -q or -nv prints a progress line for every 50 KB it downloads into the build log");
    }

    @Test
    void fixInsertsTheProgressOption() {
        tester.assertFix(FROM + "RUN wget -O /x https://example.com/x\n", FIX,
                FROM + "RUN wget --progress=dot:giga -O /x https://example.com/x\n");
    }

    @Test
    void fixInExecForm() {
        tester.assertFix(FROM + "RUN [\"wget\", \"https://example.com/x\"]\n", FIX,
                FROM + "RUN [\"wget\", \"--progress=dot:giga\", \"https://example.com/x\"]\n");
    }

    @Test
    void noFixForBusyBoxWget() {
        assertTrue(tester.onlyFinding("FROM alpine:3.20\nRUN wget https://example.com/x\n").fixes().isEmpty());
        assertTrue(tester.onlyFinding("FROM node:20-alpine\nRUN wget https://example.com/x\n").fixes().isEmpty());
    }
}
