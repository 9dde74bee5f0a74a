package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LegacyKeyValueRuleTest {

    private static final String FROM = "FROM alpine:3.20\n";

    private final RuleTester<Dockerfile> tester =
            RuleTester.of(new LegacyKeyValueRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("ENV", FROM + "ENV «NODE_ENV» production\n"),
                RuleCase.flags("LABEL", FROM + "LABEL «maintainer» Jane Doe\n"),
                RuleCase.flags("value over several lines", FROM + "ENV «OPTS» -a \\\n    -b\n"),
                RuleCase.flags("ONBUILD trigger", FROM + "ONBUILD ENV «A» b\n"),
                RuleCase.passes("key=value", FROM + "ENV NODE_ENV=production A=\"b c\"\nLABEL maintainer=\"Jane Doe\"\n"),
                RuleCase.passes("no value is syntax-key-value's", FROM + "ENV DEBUG\n"),
                RuleCase.passes("ARG has no legacy form", FROM + "ARG A B\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void message() {
        tester.assertMessage(FROM + "ENV NODE_ENV production\n",
                "ENV NODE_ENV <value> is the legacy form, which cannot hold several pairs; write NODE_ENV=<value>");
    }

    @Test
    void fixQuotesTheWholeValue() {
        String fix = "Rewrite as PATH=\"…\"";
        tester.assertFix(FROM + "ENV PATH /usr/local/bin:$PATH\n", fix, FROM + "ENV PATH=\"/usr/local/bin:$PATH\"\n");
        tester.assertFix(FROM + "LABEL maintainer   Jane Doe <jane@example.com>\r\n", "Rewrite as maintainer=\"…\"",
                FROM + "LABEL maintainer=\"Jane Doe <jane@example.com>\"\r\n");
    }

    @Test
    void conversionKeepsWhatDockerReads() {
        assertEquals(Optional.of("\"a b\""), LegacyKeyValueRule.doubleQuoted("\"a b\"", '\\'));
        assertEquals(Optional.of("\"it's \\$HOME\""), LegacyKeyValueRule.doubleQuoted("it\\'s '$HOME'", '\\'));
        assertEquals(Optional.of("\"say \\\"hi\\\" $X\""), LegacyKeyValueRule.doubleQuoted("say \\\"hi\\\" $X", '\\'));
        assertEquals(Optional.of("\"C:\\\\app\""), LegacyKeyValueRule.doubleQuoted("C:\\\\app", '\\'));
        assertEquals(Optional.of("\"C:\\app\""), LegacyKeyValueRule.doubleQuoted("C:\\app", '`'));
        assertEquals(Optional.empty(), LegacyKeyValueRule.doubleQuoted("it's", '\\'));
    }

    @Test
    void noFixOverSeveralLines() {
        org.junit.jupiter.api.Assertions.assertTrue(
                tester.onlyFinding(FROM + "ENV OPTS -a \\\n    -b\n").fixes().isEmpty());
    }
}
