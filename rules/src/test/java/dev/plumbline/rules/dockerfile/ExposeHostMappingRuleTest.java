package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExposeHostMappingRuleTest {

    private static final String FROM = "FROM nginx:1.27\n";

    private final RuleTester<Dockerfile> tester =
            RuleTester.of(new ExposeHostMappingRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("host port", FROM + "EXPOSE «8080:80»\n"),
                RuleCase.flags("IP and host port", FROM + "EXPOSE «127.0.0.1:8080:80/tcp»\n"),
                RuleCase.flags("IPv6", FROM + "EXPOSE 443 «[::1]:80:80»\n"),
                RuleCase.passes("container ports only", FROM + "EXPOSE 80 443/tcp 8000-8010/udp\n"),
                RuleCase.passes("variables", FROM + "EXPOSE ${HOST}:80\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixKeepsTheContainerPort() {
        tester.assertMessage(FROM + "EXPOSE 8080:80\n", "EXPOSE \"8080:80\" names a host address or port; an image only "
                + "declares its container port (80), the host side is chosen with docker run -p");
        tester.assertFix(FROM + "EXPOSE 127.0.0.1:8080:80/tcp\n", "Keep only 80/tcp", FROM + "EXPOSE 80/tcp\n");
        tester.assertFix(FROM + "EXPOSE 8080:80 443\n", "Keep only 80", FROM + "EXPOSE 80 443\n");
    }
}
