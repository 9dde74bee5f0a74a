package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SyntaxInstructionBeforeFromRuleTest {

    private final RuleTester<Dockerfile> tester =
            RuleTester.of(new SyntaxInstructionBeforeFromRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("RUN before FROM", "ARG V=1\n«RUN» echo $V\nFROM alpine:3.20\n"),
                RuleCase.flags("each one", "«ENV» A=1\n«LABEL» a=b\nFROM alpine:3.20\n"),
                RuleCase.flags("lower case", "«workdir» /app\nfrom alpine:3.20\n"),
                RuleCase.flags("no FROM at all", "«RUN» make\n"),
                RuleCase.flags("only ARGs", "«ARG» A=1\nARG B\n"),
                RuleCase.passes("ARGs, then FROM", "# syntax=docker/dockerfile:1\nARG BASE=alpine:3.20\nFROM ${BASE}\nRUN true\n"),
                RuleCase.passes("unknown words are another rule's", "FORM alpine:3.20\nFROM alpine:3.20\n"),
                RuleCase.passes("empty file", ""),
                RuleCase.passes("comments only", "# nothing yet\n\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messages() {
        tester.assertMessage("RUN x\nFROM a:1\n", "RUN comes before the first FROM; only ARG may stand there");
        tester.assertMessage("ARG A=1\n", "This Dockerfile has no FROM instruction, so there is no image to build on");
    }
}
