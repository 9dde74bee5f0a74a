package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SyntaxUnknownInstructionRuleTest {

    private final RuleTester<Dockerfile> tester =
            RuleTester.of(new SyntaxUnknownInstructionRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("misspelled FROM", "«FORM» alpine:3.20\n"),
                RuleCase.flags("misspelled RUN", "FROM alpine:3.20\n«RUM» echo hi\n"),
                RuleCase.flags("no near instruction", "FROM alpine:3.20\n«INSTALL» curl\n"),
                RuleCase.flags("line that lost its continuation", "FROM alpine:3.20\nRUN apk add \\\n    curl\n    «git»\n"),
                RuleCase.flags("ONBUILD trigger", "FROM alpine:3.20\nONBUILD «RUNN» make\n"),
                RuleCase.flags("indented, after a comment", "FROM alpine:3.20\n# note\n   «COPPY» a /b\n"),
                RuleCase.flags("CRLF", "FROM alpine:3.20\r\n«WORKDIRR» /app\r\n"),
                RuleCase.passes("every instruction, any case", """
                        ARG V=1
                        FROM alpine:3.20 AS base
                        from base
                        Run echo hi
                        CMD ["sh"]
                        LABEL a=b
                        MAINTAINER me
                        EXPOSE 80
                        ENV A=1
                        ADD a /b
                        COPY a /b
                        ENTRYPOINT ["sh"]
                        VOLUME /data
                        USER app
                        WORKDIR /app
                        ONBUILD RUN make
                        STOPSIGNAL SIGTERM
                        HEALTHCHECK NONE
                        SHELL ["/bin/sh", "-c"]
                        """),
                RuleCase.passes("continuation lines and comments", "FROM alpine:3.20\nRUN apk add \\\n  # curl\n  curl\n"),
                RuleCase.passes("heredoc body", "FROM alpine:3.20\nRUN <<EOF\nINSTALL curl\nEOF\n"),
                RuleCase.passes("empty file", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageSuggestsTheNearestInstructions() {
        tester.assertMessage("FORM alpine:3.20\n", "Unknown instruction \"FORM\"; did you mean FROM?");
        tester.assertMessage("FROM alpine:3.20\nAD a /b\n", "Unknown instruction \"AD\"; did you mean ADD?");
        tester.assertMessage("FROM alpine:3.20\nARGS X=1\n", "Unknown instruction \"ARGS\"; did you mean ARG?");
        tester.assertMessage("FROM alpine:3.20\nXYZZY x\n", "Unknown instruction \"XYZZY\"");
    }

    @Test
    void fixReplacesTheKeyword() {
        // a non-root USER and a HEALTHCHECK choice, so the repaired file has nothing else to report
        tester.assertFix("FORM alpine:3.20\nUSER 10001\nHEALTHCHECK NONE\n", "Replace with FROM",
                "FROM alpine:3.20\nUSER 10001\nHEALTHCHECK NONE\n");
        tester.assertFix("FROM alpine:3.20\nONBUILD RUNN make\n", "Replace with RUN", "FROM alpine:3.20\nONBUILD RUN make\n");
    }

    @Test
    void fixKeepsLowerCase() {
        tester.assertFix("from alpine:3.20\nrnu echo hi\n", "Replace with run", "from alpine:3.20\nrun echo hi\n");
    }
}
