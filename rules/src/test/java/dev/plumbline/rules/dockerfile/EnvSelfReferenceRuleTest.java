package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EnvSelfReferenceRuleTest {

    private static final String FROM = "FROM debian:12\n";
    private static final String FIX = EnvSelfReferenceRule.FIX_TITLE;

    private final RuleTester<Dockerfile> tester = RuleTester.of(new EnvSelfReferenceRule(), new DockerfileLanguage(),
            "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("$A", FROM + "ENV A=/opt B=$«A»/bin\n"),
                RuleCase.flags("${A}", FROM + "ENV A=/opt B=\"${«A»}/bin\"\n"),
                RuleCase.flags("${A:-x}", FROM + "ENV A=/opt B=${«A»:-/usr}\n"),
                RuleCase.flags("across continuation lines", FROM + "ENV A=/opt \\\n    B=$«A»/bin\n"),
                RuleCase.flags("one finding per pair", FROM + "ENV A=1 B=2 C=$«A»$B\n"),
                RuleCase.flags("ONBUILD", FROM + "ONBUILD ENV A=1 B=$«A»\n"),
                RuleCase.passes("separate ENVs", FROM + "ENV A=/opt\nENV B=$A/bin\n"),
                RuleCase.passes("reference to itself", FROM + "ENV PATH=/opt/bin:$PATH\n"),
                RuleCase.passes("a pair that keeps its value", FROM + "ENV HOME=${HOME} DIR=${HOME}/x L=\"$HOME\"\n"),
                RuleCase.passes("later pair", FROM + "ENV B=$A A=1\n"),
                RuleCase.passes("single quotes", FROM + "ENV A=1 B='$A'\n"),
                RuleCase.passes("escaped", FROM + "ENV A=1 B=\\$A\n"),
                RuleCase.passes("legacy form", FROM + "ENV A $A/x\n"),
                RuleCase.passes("LABEL", FROM + "LABEL a=1 b=$a\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageExplainsTheOldValue() {
        tester.assertMessage(FROM + "ENV A=/opt B=$A/bin\n", "\"$A\" in B expands to the value A had before this ENV,"
                + " not the one this ENV sets; define A in an earlier ENV");
    }

    @Test
    void fixSplitsTheInstruction() {
        tester.assertFix(FROM + "ENV A=/opt B=$A/bin C=3\n", FIX, FROM + "ENV A=/opt\nENV B=$A/bin C=3\n");
    }

    @Test
    void fixAcrossAContinuation() {
        tester.assertFix(FROM + "ENV A=/opt \\\n    B=\"$A/bin\"\n", FIX, FROM + "ENV A=/opt\nENV B=\"$A/bin\"\n");
    }

    @Test
    void fixKeepsTheKeywordCaseAndOnbuild() {
        tester.assertFix(FROM + "ONBUILD env A=1 B=$A\n", FIX, FROM + "ONBUILD env A=1\nONBUILD env B=$A\n");
    }

    @Test
    void fixWithCrlf() {
        tester.assertFix("FROM debian:12\r\nENV A=1 B=$A\r\n", FIX, "FROM debian:12\r\nENV A=1\r\nENV B=$A\r\n");
    }
}
