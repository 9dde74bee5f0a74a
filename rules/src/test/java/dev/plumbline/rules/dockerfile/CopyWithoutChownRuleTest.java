package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CopyWithoutChownRuleTest {

    private final RuleTester<Dockerfile> tester = RuleTester.of(new CopyWithoutChownRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("COPY after USER", "FROM debian:12\nUSER app\n«COPY» . /app\n"),
                RuleCase.flags("ADD and COPY --from", "FROM debian:12 AS b\nFROM debian:12\nUSER 1000\n«ADD» a.tgz /a\n«COPY» --from=b /x /x\n"),
                RuleCase.flags("heredoc source", "FROM debian:12\nUSER app\n«COPY» <<EOF /app/conf\nx\nEOF\n"),
                RuleCase.flags("user inherited from the base stage", "FROM debian:12 AS base\nUSER app\nFROM base\n«copy» a /a\n"),
                RuleCase.passes("with --chown", "FROM debian:12\nUSER app\nCOPY --chown=app:app . /app\n"),
                RuleCase.passes("before USER", "FROM debian:12\nCOPY . /app\nUSER app\n"),
                RuleCase.passes("USER back to root", "FROM debian:12\nUSER app\nUSER root\nCOPY . /app\n"),
                RuleCase.passes("unknown user", "FROM debian:12\nARG U\nUSER $U\nCOPY . /app\n"),
                RuleCase.passes("ONBUILD trigger", "FROM debian:12\nUSER app\nONBUILD COPY . /app\n"),
                RuleCase.passes("other stage's USER", "FROM debian:12 AS a\nUSER app\nFROM debian:12\nCOPY x /x\n"),
                RuleCase.passes("windows", "FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER ContainerUser\nCOPY a b\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageNamesTheUser() {
        tester.assertMessage("FROM debian:12\nUSER app\nCOPY . /app\n",
                "COPY after USER app without --chown leaves the files owned by root");
    }

    @Test
    void fixAddsChownWithTheUserAsWritten() {
        tester.assertFix("FROM debian:12\nUSER app:staff\nCOPY . /app\n", "Add --chown=app:staff",
                "FROM debian:12\nUSER app:staff\nCOPY --chown=app:staff . /app\n");
        tester.assertFix("FROM debian:12\nARG UID=1000\nUSER ${UID}\nCOPY --link . /app\n", "Add --chown=${UID}",
                "FROM debian:12\nARG UID=1000\nUSER ${UID}\nCOPY --chown=${UID} --link . /app\n");
    }
}
