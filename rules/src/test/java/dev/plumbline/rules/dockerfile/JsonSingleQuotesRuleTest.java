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

class JsonSingleQuotesRuleTest {

    private static final String FROM = "FROM python:3.12-slim\n";
    private static final String FIX = "Switch to double quotes";

    private final RuleTester<Dockerfile> tester =
            RuleTester.of(new JsonSingleQuotesRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("CMD", FROM + "CMD «['python', 'app.py']»\n"),
                RuleCase.flags("ENTRYPOINT without spaces", FROM + "ENTRYPOINT «['/entrypoint.sh']»\n"),
                RuleCase.flags("RUN, mixed quotes", FROM + "RUN «[\"pip\", 'install', \"x\"]»\n"),
                RuleCase.flags("across lines", FROM + "CMD «['a', \\\n     'b']»\n"),
                RuleCase.flags("ONBUILD trigger", FROM + "ONBUILD RUN «['make']»\n"),
                RuleCase.passes("real JSON", FROM + "CMD [\"python\", \"app.py\"]\n"),
                RuleCase.passes("shell test brackets", FROM + "RUN [ -f x ] && echo ok\nRUN ['a' = 'b'] || true\n"),
                RuleCase.passes("shell form", FROM + "CMD python 'app.py'\n"),
                RuleCase.passes("other instructions", FROM + "SHELL ['/bin/sh', '-c']\nVOLUME ['/data']\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void conversion() {
        assertEquals(Optional.of("[\"a\", \"b c\"]"), JsonSingleQuotesRule.toJson("[ 'a' ,'b c' ]"));
        assertEquals(Optional.of("[\"say \\\"hi\\\"\", \"C:\\\\x\"]"), JsonSingleQuotesRule.toJson("['say \"hi\"', 'C:\\x']"));
        assertEquals(Optional.empty(), JsonSingleQuotesRule.toJson("['a',]"));
        assertEquals(Optional.empty(), JsonSingleQuotesRule.toJson("['a' 'b']"));
        assertEquals(Optional.empty(), JsonSingleQuotesRule.toJson("[\"a\"]"));
    }

    @Test
    void fixWritesJson() {
        tester.assertFix(FROM + "CMD ['python', 'app.py']\n", FIX, FROM + "CMD [\"python\", \"app.py\"]\n");
        // not a compiler: a repaired "make" would rightly start single-stage-build
        tester.assertFix(FROM + "RUN ['echo','all']\r\n", FIX, FROM + "RUN [\"echo\", \"all\"]\r\n");
    }
}
