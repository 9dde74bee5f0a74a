package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.engine.PeerId;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SyntaxKeyValueRuleTest {

    private static final String FROM = "FROM alpine:3.20\n";

    private final RuleTester<Dockerfile> tester =
            RuleTester.of(new SyntaxKeyValueRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("bare ENV", FROM + "«ENV»\n"),
                RuleCase.flags("bare LABEL", FROM + "«LABEL»\n"),
                RuleCase.flags("bare ARG", FROM + "«ARG»\n"),
                RuleCase.flags("ENV name without a value", FROM + "ENV «DEBUG»\n"),
                RuleCase.flags("word without = after a pair", FROM + "ENV A=1 «B»\n"),
                RuleCase.flags("LABEL without a name", FROM + "LABEL «=v»\n"),
                RuleCase.flags("ARG without a name", FROM + "ARG «=v»\n"),
                RuleCase.flags("ARG name with a dash", "ARG «build-date»=today\n" + FROM),
                RuleCase.flags("ARG name starting with a digit", FROM + "ARG «1st»\n"),
                RuleCase.flags("end-of-line comment", FROM + "ARG OS=linux «# or: windows, darwin»\n"),
                RuleCase.flags("open double quote", FROM + "ENV «A=\"hello»\n"),
                RuleCase.flags("open double quote, with a space", FROM + "LABEL «description=\"a web app»\n"),
                RuleCase.flags("open single quote in the legacy form", FROM + "ENV MSG «it's»\n"),
                RuleCase.flags("escaped closing quote", FROM + "ENV «A=\"x\\\"»\n"),
                RuleCase.flags("surrogate pair before and inside", FROM + "LABEL a=\"\uD83D\uDE00\" «b=\"\uD83D\uDE00 x»\n"),
                RuleCase.flags("in an ONBUILD trigger", FROM + "ONBUILD ENV «X»\n"),
                RuleCase.passes("valid pairs", FROM + """
                        ARG VERSION
                        ARG TAG=1.0 http_proxy _x
                        ENV A=1 B="two words" C='single' D=\\"q
                        ENV PATH /usr/local/bin:$PATH
                        ENV E="line one \\
                            line two"
                        LABEL org.opencontainers.image.title="app" version=1
                        LABEL "quoted key"="v"
                        ENV F=a\\ b
                        ARG ${NAME}=x
                        """),
                RuleCase.passes("templates are not built as written", "FROM ruby:3\nARG RUBY=<%= version %>\n"),
                RuleCase.passes("a backtick escape makes \\ literal", "# escape=`\n" + FROM + "ENV A=\"C:\\\"\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messagesAndCodes() {
        tester.assertMessage(FROM + "ENV A=\"hello\n", "The double quote in \"A=\"hello\" is never closed");
        tester.assertMessage(FROM + "ENV\n", "ENV requires at least a name=value pair");
        assertEquals(List.of(PeerId.of("dockerfile-utils", "SYNTAX_MISSING_EQUALS")),
                tester.onlyFinding(FROM + "ENV A=1 B\n").peers());
        assertEquals(List.of(PeerId.of("dockerfile-utils", "ARGUMENT_REQUIRES_TWO")),
                tester.onlyFinding(FROM + "ENV DEBUG\n").peers());
    }

    @Test
    void fixClosesTheQuote() {
        tester.assertFix(FROM + "ENV A=\"hello\n", "Close the quote", FROM + "ENV A=\"hello\"\n");
        tester.assertFix(FROM + "ENV MSG it's\r\n", "Close the quote", FROM + "ENV MSG it's'\r\n");
        tester.assertFix(FROM + "LABEL a=\"x \\\n  y\nRUN true\n", "Close the quote", FROM + "LABEL a=\"x \\\n  y\"\nRUN true\n");
    }
}
