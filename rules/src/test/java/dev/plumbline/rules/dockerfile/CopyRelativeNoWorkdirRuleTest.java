package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CopyRelativeNoWorkdirRuleTest {

    private static final String FROM = "FROM node:20\n";

    private final RuleTester<Dockerfile> tester = RuleTester.of(new CopyRelativeNoWorkdirRule(), new DockerfileLanguage(),
            "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("dot", FROM + "COPY . «.»\n"),
                RuleCase.flags("relative directory", FROM + "COPY package.json «app/»\n"),
                RuleCase.flags("ADD", FROM + "ADD app.tar.gz «opt»\n"),
                RuleCase.flags("exec form", FROM + "COPY [\"a b.txt\", «\"dest/\"»]\n"),
                RuleCase.flags("WORKDIR after the COPY", FROM + "COPY . «.»\nWORKDIR /app\nCOPY x .\n"),
                RuleCase.flags("WORKDIR in an unrelated stage", "FROM node:20 AS a\nWORKDIR /app\nFROM node:20\nCOPY . «.»\n"),
                RuleCase.passes("absolute", FROM + "COPY . /app\n"),
                RuleCase.passes("after WORKDIR", FROM + "WORKDIR /app\nCOPY . .\n"),
                RuleCase.passes("after a relative WORKDIR", FROM + "WORKDIR app\nCOPY . .\n"),
                RuleCase.passes("WORKDIR in the parent stage", "FROM node:20 AS base\nWORKDIR /app\nFROM base\nCOPY . .\n"),
                RuleCase.passes("parent chosen by a platform ARG", "FROM debian:12 AS base-amd64\nWORKDIR /src\n"
                        + "FROM debian:12 AS base-arm64\nWORKDIR /src\nFROM base-${TARGETARCH} AS build\nCOPY . .\n"),
                RuleCase.passes("variable", FROM + "COPY . $APP_HOME\n"),
                RuleCase.passes("Windows path", "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY app C:\\\\app\n"),
                RuleCase.passes("COPY --from absolute", FROM + "COPY --from=build /out /usr/local/bin/\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageNamesTheDestination() {
        tester.assertMessage(FROM + "COPY . .\n", "COPY to the relative path \".\" while no WORKDIR is set, so the files"
                + " land in the base image's working directory; set WORKDIR first or use an absolute path");
    }
}
