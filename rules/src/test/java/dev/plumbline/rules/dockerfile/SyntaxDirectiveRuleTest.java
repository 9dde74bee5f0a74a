package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SyntaxDirectiveRuleTest {

    private static final String FROM = "FROM alpine:3.20\n";

    private final RuleTester<Dockerfile> tester =
            RuleTester.of(new SyntaxDirectiveRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("invalid escape", "# escape=«/»\n" + FROM),
                RuleCase.flags("escape given twice", "# escape=`\n«# escape=\\»\n" + FROM),
                RuleCase.flags("syntax given twice, any case", "# syntax=docker/dockerfile:1\n«# SYNTAX = x»\n" + FROM),
                RuleCase.flags("unknown check option", "# check=«skipp=JSONArgsRecommended»\n" + FROM),
                RuleCase.flags("error that is not a boolean", "# check=skip=A;«error=yes»\n" + FROM),
                RuleCase.flags("option without =", "# check=«all»\n" + FROM),
                RuleCase.passes("valid directives", "# syntax=docker/dockerfile:1.7\n# escape=`\n"
                        + "# check=skip=JSONArgsRecommended,StageNameCasing;error=true;experimental=all\n" + FROM),
                RuleCase.passes("error=1 and error=False", "# check=error=1\n" + FROM),
                RuleCase.passes("look-alikes below the top are comments", FROM + "# escape=/\n# check=nope\n"),
                RuleCase.passes("no directives", FROM));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messages() {
        tester.assertMessage("# check=skipp=X\n" + FROM, "Unknown check option \"skipp\"; the options are skip, error and experimental");
        tester.assertMessage("# escape=`\n# escape=`\n" + FROM, "Only one escape parser directive can be used; Docker rejects the file");
    }

    @Test
    void fixDeletesTheDuplicate() {
        tester.assertFix("# escape=`\n# escape=`\n" + FROM, "Delete the duplicate directive", "# escape=`\n" + FROM);
        tester.assertFix("# syntax=a\r\n# syntax=b\r\nFROM alpine:3.20\r\n", "Delete the duplicate directive",
                "# syntax=a\r\nFROM alpine:3.20\r\n");
    }
}
