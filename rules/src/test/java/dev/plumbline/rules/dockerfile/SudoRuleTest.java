package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SudoRuleTest {

    private final RuleTester<Dockerfile> tester = RuleTester.of(new SudoRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("shell form", "FROM debian:12\nRUN «sudo» apt-get update\n"),
                RuleCase.flags("after &&", "FROM debian:12\nRUN true && «sudo» -u app make\n"),
                RuleCase.flags("exec form", "FROM debian:12\nRUN [«\"sudo\"», \"make\"]\n"),
                RuleCase.flags("path", "FROM debian:12\nRUN «/usr/bin/sudo» make\n"),
                RuleCase.flags("ONBUILD", "FROM debian:12\nONBUILD RUN «sudo» make\n"),
                RuleCase.passes("installing sudo", "FROM debian:12\nRUN apt-get install -y sudo\n"),
                RuleCase.passes("in a comment", "FROM debian:12\n# sudo make\nRUN make # sudo\n"),
                RuleCase.passes("quoted data", "FROM debian:12\nRUN echo 'sudo make'\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixRemovesSudo() {
        tester.assertFix("FROM debian:12\nRUN sudo \\\n  apt-get update\n", SudoRule.FIX_TITLE, "FROM debian:12\nRUN apt-get update\n");
    }

    @Test
    void noFixWhenSudoHasOptions() {
        org.junit.jupiter.api.Assertions.assertTrue(tester.onlyFinding("FROM debian:12\nRUN sudo -E make\n").fixes().isEmpty());
    }
}
