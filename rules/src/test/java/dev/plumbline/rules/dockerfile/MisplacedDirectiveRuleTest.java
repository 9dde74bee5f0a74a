package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MisplacedDirectiveRuleTest {

    private static final String FROM = "FROM alpine:3.20\n";

    private final RuleTester<Dockerfile> tester =
            RuleTester.of(new MisplacedDirectiveRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("after a comment", "# Build the app\n«# syntax=docker/dockerfile:1»\n" + FROM),
                RuleCase.flags("after a blank line", "\n«# syntax=docker/dockerfile:1»\n" + FROM),
                RuleCase.flags("after an instruction", FROM + "«# escape=`»\n"),
                RuleCase.flags("after an unknown directive", "# foo=bar\n«#check=error=true»\n" + FROM),
                RuleCase.flags("check above the first instruction after a comment", "# header\n«# check=skip=A»\n" + FROM),
                RuleCase.flags("check with error=true above an instruction", FROM + "«# check=error=true»\nRUN true\n"),
                RuleCase.flags("indented, any case", FROM + "  «# SYNTAX = x»\n"),
                RuleCase.passes("directives at the top", "# syntax=docker/dockerfile:1\n# escape=\\\n# check=skip=A\n" + FROM),
                RuleCase.passes("check=skip above a later instruction is a suppression", FROM + "# check=skip=JSONArgsRecommended\nCMD x\n"),
                RuleCase.passes("syntax after a shebang", "#!/usr/bin/env buildctl\n# syntax=docker/dockerfile:1\n" + FROM),
                RuleCase.passes("other comments", FROM + "# syntax is explained in the docs\n# see: escape=x\n#syntax\n"),
                RuleCase.passes("comment inside a continuation", FROM + "RUN a \\\n# syntax=x\n  b\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void message() {
        tester.assertMessage("\n# syntax=docker/dockerfile:1\n" + FROM,
                "\"# syntax=\" is not at the top of the file, so Docker reads it as a plain comment");
    }

    @Test
    void fixMovesTheLineToTheTop() {
        tester.assertFix("# Build the app\n# syntax=docker/dockerfile:1\n" + FROM, "Move to the top of the file",
                "# syntax=docker/dockerfile:1\n# Build the app\n" + FROM);
        tester.assertFix("\uFEFF\r\n# syntax=docker/dockerfile:1\r\nFROM alpine:3.20\r\n", "Move to the top of the file",
                "\uFEFF# syntax=docker/dockerfile:1\r\n\r\nFROM alpine:3.20\r\n");
        tester.assertFix(FROM + "# check=error=true", "Move to the top of the file", "# check=error=true\n" + "FROM alpine:3.20");
    }

    @Test
    void noFixWhenTheTopAlreadyHasThatDirective() {
        org.junit.jupiter.api.Assertions.assertTrue(
                tester.onlyFinding("# syntax=a\n" + FROM + "# syntax=b\n").fixes().isEmpty());
    }
}
