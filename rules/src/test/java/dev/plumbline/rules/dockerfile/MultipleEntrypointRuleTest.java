package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MultipleEntrypointRuleTest {

    private static final String FROM = "FROM debian:12\n";

    private final RuleTester<Dockerfile> tester = RuleTester.of(new MultipleEntrypointRule(), new DockerfileLanguage(),
            "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("two", FROM + "«ENTRYPOINT» [\"a\"]\nENTRYPOINT [\"b\"]\n"),
                RuleCase.passes("one", FROM + "ENTRYPOINT [\"a\"]\nCMD [\"b\"]\n"),
                RuleCase.passes("one per stage", "FROM debian:12 AS a\nENTRYPOINT [\"a\"]\nFROM a\nENTRYPOINT [\"b\"]\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixDeletesTheOverriddenEntrypoint() {
        tester.assertFix(FROM + "ENTRYPOINT [\"a\"]\nENTRYPOINT [\"b\"]", MultipleEntrypointRule.FIX_TITLE,
                FROM + "ENTRYPOINT [\"b\"]");
    }

    @Test
    void fixOfTheLastLineWithoutALineBreak() {
        tester.assertFix("FROM debian:12 AS a\nENTRYPOINT [\"a\"]\nENTRYPOINT [\"b\"]\nFROM a\nENTRYPOINT [\"c\"]",
                MultipleEntrypointRule.FIX_TITLE, "FROM debian:12 AS a\nENTRYPOINT [\"b\"]\nFROM a\nENTRYPOINT [\"c\"]");
    }
}
