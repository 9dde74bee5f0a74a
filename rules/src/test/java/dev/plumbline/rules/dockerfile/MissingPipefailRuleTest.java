package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MissingPipefailRuleTest {

    private static final String FROM = "FROM debian:12\n";
    private static final String FIX = MissingPipefailRule.FIX_TITLE;

    private final RuleTester<Dockerfile> tester = RuleTester.of(new MissingPipefailRule(), new DockerfileLanguage(),
            "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("curl | tar", FROM + "RUN curl -fsSL https://x/y.tgz «|» tar -xz\n"),
                RuleCase.flags("one finding per RUN", FROM + "RUN a «|» b && c | d\n"),
                RuleCase.flags("pipe on the next line", FROM + "RUN curl -fsSL https://x \\\n  «|» sh\n"),
                RuleCase.flags("heredoc", FROM + "RUN <<EOF\ncurl -fsSL https://x «|» sh\nEOF\n"),
                RuleCase.flags("SHELL without pipefail", FROM + "SHELL [\"/bin/bash\", \"-c\"]\nRUN a «|» b\n"),
                RuleCase.flags("set -o pipefail after the pipe", FROM + "RUN a «|» b; set -o pipefail\n"),
                RuleCase.flags("pipefail in another stage", "FROM debian:12 AS a\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n"
                        + "FROM debian:12\nRUN a «|» b\n"),
                RuleCase.flags("ONBUILD", FROM + "ONBUILD RUN a «|» b\n"),
                RuleCase.passes("SHELL with pipefail", FROM + "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN a | b\n"),
                RuleCase.passes("combined -euo", FROM + "SHELL [\"/bin/bash\", \"-euo\", \"pipefail\", \"-c\"]\nRUN a | b\n"),
                RuleCase.passes("pipefail in the parent stage", "FROM debian:12 AS base\n"
                        + "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nFROM base\nRUN a | b\n"),
                RuleCase.passes("set -o pipefail first", FROM + "RUN set -o pipefail && a | b\n"),
                RuleCase.passes("set -eux -o pipefail", FROM + "RUN set -eux -o pipefail; a | b\n"),
                RuleCase.passes("set -euo pipefail in a heredoc", FROM + "RUN <<EOF\n#!/bin/bash\nset -euo pipefail\na | b\nEOF\n"),
                RuleCase.flags("a group feeds the pipe", FROM + "RUN { a; b; } «|» tee f\n"),
                RuleCase.flags("echo then a real writer", FROM + "RUN echo x | sha256sum -c && curl -fsSL x «|» sh\n"),
                RuleCase.passes("echo cannot fail", FROM + "RUN echo \"$SHA *x.tgz\" | sha256sum -c -\n"),
                RuleCase.passes("printf and yes", FROM + "RUN printf 'a\\n' | tee f && yes | head -1\n"),
                RuleCase.passes("|| is not a pipe", FROM + "RUN a || b\n"),
                RuleCase.passes("quoted pipe", FROM + "RUN echo 'a | b'\n"),
                RuleCase.passes("exec form", FROM + "RUN [\"sh\", \"-c\", \"a | b\"]\n"),
                RuleCase.passes("sh -c runs its own shell", FROM + "RUN bash -o pipefail -c 'a | b'\n"),
                RuleCase.passes("PowerShell", "FROM mcr.microsoft.com/windows/servercore:ltsc2022\n"
                        + "SHELL [\"powershell\", \"-Command\"]\nRUN Get-ChildItem | Select-Object Name\n"),
                RuleCase.passes("Windows default cmd", "FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nRUN dir | findstr x\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageNamesTheHiddenCommand() {
        tester.assertMessage(FROM + "RUN curl -fsSL https://x | sh\n", "Without pipefail a pipe only fails when its last"
                + " command does, so a failure before \"sh\" goes unnoticed; start the stage's shell with -o pipefail"
                + " (SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"])");
    }

    @Test
    void fixInsertsABashShell() {
        tester.assertFix(FROM + "RUN curl -fsSL https://x/y.tgz | tar -xz\n", FIX,
                FROM + "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN curl -fsSL https://x/y.tgz | tar -xz\n");
    }

    @Test
    void fixUsesAshOnAlpine() {
        tester.assertFix("FROM alpine:3.20\nRUN wget -qO- https://x | tar -xz\n", FIX,
                "FROM alpine:3.20\nSHELL [\"/bin/ash\", \"-o\", \"pipefail\", \"-c\"]\nRUN wget -qO- https://x | tar -xz\n");
    }

    @Test
    void fixKeepsTheChainsShell() {
        tester.assertFix(FROM + "SHELL [\"/bin/zsh\", \"-c\"]\nRUN a | b\n", FIX,
                FROM + "SHELL [\"/bin/zsh\", \"-c\"]\nSHELL [\"/bin/zsh\", \"-o\", \"pipefail\", \"-c\"]\nRUN a | b\n");
    }

    @Test
    void fixKeepsIndentationAndCrlf() {
        tester.assertFix("FROM debian:12\r\n  RUN a | b\r\n", FIX,
                "FROM debian:12\r\n  SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\r\n  RUN a | b\r\n");
    }

    @Test
    void noFixForOnbuild() {
        assertTrue(tester.onlyFinding(FROM + "ONBUILD RUN a | b\n").fixes().isEmpty());
    }
}
