package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PointlessCommandRuleTest {

    private static final String FROM = "FROM debian:12\n";

    private final RuleTester<Dockerfile> tester = RuleTester.of(new PointlessCommandRule(), new DockerfileLanguage(),
            "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("ssh", FROM + "RUN «ssh» git@github.com\n"),
                RuleCase.flags("vim", FROM + "RUN «vim» /etc/hosts\n"),
                RuleCase.flags("service", FROM + "RUN «service» nginx start\n"),
                RuleCase.flags("ps and kill", FROM + "RUN «ps» aux && «kill» 1\n"),
                RuleCase.flags("mount", FROM + "RUN «mount» -t tmpfs none /mnt\n"),
                RuleCase.flags("free, top, shutdown", FROM + "RUN «free» -m; «top» -b -n 1; «shutdown» -h now\n"),
                RuleCase.passes("ssh with an ssh mount", FROM + "RUN --mount=type=ssh ssh -T git@github.com || true\n"),
                RuleCase.passes("installing them is fine", FROM + "RUN apt-get install -y vim openssh-client procps\n"),
                RuleCase.passes("ssh-keyscan", FROM + "RUN ssh-keyscan github.com >> /etc/ssh/ssh_known_hosts\n"),
                RuleCase.passes("CMD", FROM + "CMD service nginx start\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageSaysWhy() {
        tester.assertMessage(FROM + "RUN service nginx start\n",
                "\"service\" in a RUN: a service started here does not outlive this RUN");
    }
}
