package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UserNotNumericRuleTest {

    private final RuleTester<Dockerfile> tester = RuleTester.of(new UserNotNumericRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("name", "FROM debian:12\nUSER «app»\n"),
                RuleCase.flags("name with numeric group", "FROM debian:12\nUSER «app:1000»\n"),
                RuleCase.flags("inherited", "FROM debian:12 AS base\nUSER «node»\nFROM base\n"),
                RuleCase.passes("UID", "FROM debian:12\nUSER 10001\n"),
                RuleCase.passes("UID and GID", "FROM debian:12\nUSER 10001:app\n"),
                RuleCase.passes("ARG-provided", "FROM debian:12\nARG U=app\nUSER ${U}\n"),
                RuleCase.passes("root is another rule's", "FROM debian:12\nUSER root\n"),
                RuleCase.passes("name only in a build stage", "FROM debian:12 AS b\nUSER app\nFROM debian:12\nUSER 1000\n"),
                RuleCase.passes("windows", "FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER ContainerUser\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageNamesTheUser() {
        tester.assertMessage("FROM debian:12\nUSER app\n", "USER \"app\" is a name; use its numeric UID (e.g. USER"
                + " 10001:10001) so Kubernetes runAsNonRoot can verify it");
    }
}
