package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AptNotAptGetRuleTest {

    private static final String FROM = "FROM debian:12\n";
    private static final String FIX = AptNotAptGetRule.FIX_TITLE;

    private final RuleTester<Dockerfile> tester = RuleTester.of(new AptNotAptGetRule(), new DockerfileLanguage(),
            "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("apt install", FROM + "RUN «apt» install -y curl\n"),
                RuleCase.flags("apt update and upgrade", FROM + "RUN «apt» update && «apt» upgrade -y\n"),
                RuleCase.flags("options before the subcommand", FROM + "RUN «apt» -q install -y curl\n"),
                RuleCase.flags("path to apt", FROM + "RUN «/usr/bin/apt» update\n"),
                RuleCase.flags("exec form", FROM + "RUN [«\"apt\"», \"update\"]\n"),
                RuleCase.flags("sudo apt", FROM + "RUN sudo «apt» update\n"),
                RuleCase.passes("apt-get", FROM + "RUN apt-get update && apt-get install -y curl\n"),
                RuleCase.passes("apt list has no apt-get equivalent", FROM + "RUN apt list --installed\n"),
                RuleCase.passes("apt show", FROM + "RUN apt show curl\n"),
                RuleCase.passes("apt-cache", FROM + "RUN apt-cache policy\n"),
                RuleCase.passes("apt as an argument", FROM + "RUN echo apt install\n"),
                RuleCase.passes("bare apt", FROM + "RUN apt\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageNamesTheCommand() {
        tester.assertMessage(FROM + "RUN apt update\n",
                "\"apt update\": apt is meant for interactive use and its command line is not stable; use apt-get in scripts");
    }

    @Test
    void fixReplacesTheProgram() {
        tester.assertFix(FROM + "RUN apt update && rm -rf /var/lib/apt/lists/*\n", FIX,
                FROM + "RUN apt-get update && rm -rf /var/lib/apt/lists/*\n");
    }

    @Test
    void fixKeepsThePath() {
        tester.assertFix(FROM + "RUN /usr/bin/apt autoremove -y\n", FIX, FROM + "RUN /usr/bin/apt-get autoremove -y\n");
    }

    @Test
    void fixInExecForm() {
        tester.assertFix(FROM + "RUN [\"apt\", \"clean\"]\n", FIX, FROM + "RUN [\"apt-get\", \"clean\"]\n");
    }
}
