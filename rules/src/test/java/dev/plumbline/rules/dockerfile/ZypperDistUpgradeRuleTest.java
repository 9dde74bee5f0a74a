package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ZypperDistUpgradeRuleTest {

    private static final String FROM = "FROM opensuse/leap:15.6\n";

    private final RuleTester<Dockerfile> tester = RuleTester.of(new ZypperDistUpgradeRule(), new DockerfileLanguage(),
            "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("dist-upgrade", FROM + "RUN zypper -n «dist-upgrade»\n"),
                RuleCase.flags("dup", FROM + "RUN zypper --non-interactive «dup» && zypper clean --all\n"),
                RuleCase.flags("exec form", FROM + "RUN [\"zypper\", \"-n\", «\"dup\"»]\n"),
                RuleCase.passes("update", FROM + "RUN zypper -n update\n"),
                RuleCase.passes("install", FROM + "RUN zypper -n in dup\n"),
                RuleCase.passes("in an echo", FROM + "RUN echo zypper dup\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageNamesTheCommand() {
        tester.assertMessage(FROM + "RUN zypper dup\n",
                "\"zypper dup\" upgrades the whole distribution at build time; pick a newer base image instead");
    }
}
