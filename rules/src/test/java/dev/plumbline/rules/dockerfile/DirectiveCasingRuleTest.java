package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DirectiveCasingRuleTest {

    private static final String FROM = "FROM alpine:3.20\n";

    private final RuleTester<Dockerfile> tester =
            RuleTester.of(new DirectiveCasingRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("upper case", "# «SYNTAX»=docker/dockerfile:1\n" + FROM),
                RuleCase.flags("mixed case, no space", "#«Escape»=`\n" + FROM),
                RuleCase.flags("each directive", "# «Syntax»=x\n# «CHECK» = skip=A\n" + FROM),
                RuleCase.passes("lower case", "# syntax=docker/dockerfile:1\n# escape=\\\n# check=error=true\n" + FROM),
                RuleCase.passes("look-alikes below the top are another rule's", FROM + "# SYNTAX=x\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixLowerCasesTheName() {
        tester.assertMessage("# SYNTAX=x\n" + FROM, "Write the parser directive \"SYNTAX\" in lower case");
        tester.assertFix("# SYNTAX=docker/dockerfile:1\n" + FROM, "Change to syntax", "# syntax=docker/dockerfile:1\n" + FROM);
    }
}
