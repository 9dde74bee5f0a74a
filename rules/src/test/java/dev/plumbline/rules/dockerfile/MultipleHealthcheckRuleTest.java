package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MultipleHealthcheckRuleTest {

    private static final String FROM = "FROM nginx:1.27\n";

    private final RuleTester<Dockerfile> tester = RuleTester.of(new MultipleHealthcheckRule(), new DockerfileLanguage(),
            "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("two", FROM + "«HEALTHCHECK» CMD curl -f http://localhost/\nHEALTHCHECK CMD true\n"),
                RuleCase.flags("NONE then CMD", FROM + "«HEALTHCHECK» NONE\nHEALTHCHECK CMD true\n"),
                RuleCase.passes("one", FROM + "HEALTHCHECK --interval=30s CMD true\n"),
                RuleCase.passes("one per stage", "FROM nginx:1.27 AS a\nHEALTHCHECK NONE\nFROM a\nHEALTHCHECK CMD true\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixDeletesTheOverriddenHealthcheck() {
        tester.assertFix(FROM + "HEALTHCHECK --interval=5s \\\n  CMD true\nHEALTHCHECK CMD false\n",
                MultipleHealthcheckRule.FIX_TITLE, FROM + "HEALTHCHECK CMD false\n");
    }
}
