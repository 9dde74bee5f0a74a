package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.config.Config;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.Finding;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import dev.plumbline.text.TextDocument;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SyntaxErrorRuleTest {

    private final RuleTester<Dockerfile> tester = RuleTester.of(new SyntaxErrorRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("unterminated heredoc", "FROM alpine:3\nRUN «<<EOF»\necho hi\n"),
                RuleCase.flags("unterminated ${", "FROM «${BASE:-alpine»\n"),
                RuleCase.flags("non-string JSON element", "FROM alpine:3\nCMD [\"sleep\", «10»]\n"),
                RuleCase.flags("several problems, each on its own instruction",
                        "FROM alpine:3\nRUN «<<EOF»\nFROM «${X»\nCMD [«true»]\n"),
                RuleCase.flags("one problem per instruction", "FROM alpine:3\nCOPY «${A» ${B /c/\n"),
                RuleCase.passes("valid file", "# syntax=docker/dockerfile:1\nFROM alpine:3\nRUN <<EOF\nset -e\nEOF\n"
                        + "SHELL [\"/bin/sh\", \"-c\"]\nENV A=1 B=\"two\"\nCMD [\"sh\"]\n"),
                RuleCase.passes("shell form that starts with a bracket", "FROM alpine:3\nRUN [ -d /x ] || mkdir /x\n"),
                RuleCase.passes("unknown instruction is a later check", "FROM alpine:3\nFORM x\n"),
                RuleCase.passes("finer kinds belong to their own rules", "# syntax=docker/dockerfile:1\n"
                        + "# syntax=docker/dockerfile:1\nFROM alpine:3\nSHELL /bin/bash -c\nENV DEBUG\nENV A=1 B\n"
                        + "LABEL =v\nONBUILD ONBUILD RUN x\nONBUILD FROM x\n"),
                RuleCase.passes("escaped ${", "FROM alpine:3\nENV A=\\${x\n"),
                RuleCase.passes("empty file", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageSaysWhatIsWrong() {
        tester.assertMessage("FROM a:1\nRUN <<EOF\nx\n", "Unterminated heredoc: no line \"EOF\" ends it");
    }

    @Test
    void aBrokenInstructionInTheMiddleStillLetsLaterFindingsAppear() {
        String source = "FROM python:3.12\nENV A=${BROKEN\nRUN [\"x\", 1]\nRUN pip install flask\nFROM ubuntu\n";
        List<Finding> findings = new Analyzer(BuiltinRules.registry())
                .analyze(TextDocument.of("file:///w/Dockerfile", source), "Dockerfile", Config.DEFAULT, Cancellation.NONE)
                .findings();
        assertEquals(List.of("2:7-2:15 dockerfile/syntax-error", "3:11-3:12 dockerfile/syntax-error",
                        "4:9-4:16 dockerfile/pip-no-cache-dir", "5:6-5:12 dockerfile/untagged-image"),
                findings.stream()
                        // only the rules this case is about: other rules may well report on it too
                        .filter(f -> java.util.Set.of("dockerfile/syntax-error", "dockerfile/pip-no-cache-dir",
                                "dockerfile/untagged-image").contains(f.ruleId()))
                        .map(f -> f.range() + " " + f.ruleId()).toList());
    }
}
