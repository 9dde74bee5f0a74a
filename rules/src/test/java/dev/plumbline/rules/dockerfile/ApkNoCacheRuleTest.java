package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ApkNoCacheRuleTest {

    private static final String FROM = "FROM alpine:3.20\n";
    private static final String FIX = ApkNoCacheRule.FIX_TITLE;

    private final RuleTester<Dockerfile> tester = RuleTester.of(new ApkNoCacheRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("apk add", FROM + "RUN apk «add» curl\n"),
                RuleCase.flags("apk --update add", FROM + "RUN apk --update «add» curl\n"),
                RuleCase.flags("virtual package", FROM + "RUN apk «add» --virtual .build-deps gcc\n"),
                RuleCase.flags("cleanup before the add", FROM + "RUN rm -rf /var/cache/apk/* && apk «add» curl\n"),
                RuleCase.flags("exec form", FROM + "RUN [\"apk\", «\"add\"», \"curl\"]\n"),
                RuleCase.flags("ONBUILD", FROM + "ONBUILD RUN apk «add» curl\n"),
                RuleCase.flags("cache mount elsewhere", FROM + "RUN --mount=type=cache,target=/root/.cache apk «add» curl\n"),
                RuleCase.passes("--no-cache", FROM + "RUN apk add --no-cache curl\n"),
                RuleCase.passes("--no-cache first", FROM + "RUN apk --no-cache add curl\n"),
                RuleCase.passes("cache removed later", FROM + "RUN apk add curl && rm -rf /var/cache/apk/*\n"),
                RuleCase.passes("cache mount", FROM + "RUN --mount=type=cache,target=/var/cache/apk apk add curl\n"),
                RuleCase.passes("--no-network", FROM + "RUN apk add --no-network --virtual .rundeps $deps\n"),
                RuleCase.passes("build stage is thrown away", "FROM alpine:3.20 AS build\nRUN apk add gcc\n"
                        + "FROM scratch\nCOPY --from=build /x /x\n"),
                RuleCase.flags("stage the final one is built on", "FROM alpine:3.20 AS base\nRUN apk «add» curl\n"
                        + "FROM base\n"),
                RuleCase.passes("apk update alone", FROM + "RUN apk update\n"),
                RuleCase.passes("apk del", FROM + "RUN apk del .build-deps\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageNamesTheCommand() {
        tester.assertMessage(FROM + "RUN apk add curl\n",
                "\"apk add\" without --no-cache leaves the package index in /var/cache/apk");
    }

    @Test
    void fixInsertsTheOption() {
        tester.assertFix(FROM + "RUN apk add curl\n", FIX, FROM + "RUN apk add --no-cache curl\n");
    }

    @Test
    void fixInExecForm() {
        tester.assertFix(FROM + "RUN [\"apk\", \"add\", \"curl\"]\n", FIX, FROM + "RUN [\"apk\", \"add\", \"--no-cache\", \"curl\"]\n");
    }
}
