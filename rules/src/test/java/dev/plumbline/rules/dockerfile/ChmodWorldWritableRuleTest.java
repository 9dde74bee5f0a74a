package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ChmodWorldWritableRuleTest {

    private final RuleTester<Dockerfile> tester = RuleTester.of(new ChmodWorldWritableRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("777", "FROM debian:12\nRUN chmod «777» /app\n"),
                RuleCase.flags("-R 666", "FROM debian:12\nRUN chmod -R «0666» /data\n"),
                RuleCase.flags("o+w", "FROM debian:12\nRUN chmod «o+w» /data\n"),
                RuleCase.flags("a+rwx", "FROM debian:12\nRUN mkdir /d && chmod «a+rwx» /d\n"),
                RuleCase.flags("clause list", "FROM debian:12\nRUN chmod «u+x,o=rw» f\n"),
                RuleCase.passes("755", "FROM debian:12\nRUN chmod 755 /app\n"),
                RuleCase.passes("sticky /tmp", "FROM debian:12\nRUN chmod 1777 /tmp\n"),
                RuleCase.passes("sticky symbolic", "FROM debian:12\nRUN chmod a+rwxt /tmp\n"),
                RuleCase.passes("group write", "FROM debian:12\nRUN chmod g+w /app\n"),
                RuleCase.passes("plain +w", "FROM debian:12\nRUN chmod +w /app\n"),
                RuleCase.passes("removing write", "FROM debian:12\nRUN chmod o-w /app\n"),
                RuleCase.passes("--reference", "FROM debian:12\nRUN chmod --reference=/a /b\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageNamesTheMode() {
        tester.assertMessage("FROM debian:12\nRUN chmod 777 /app\n", "chmod 777 lets every user of the container write"
                + " here; grant write to the owner (or group) only");
    }
}
