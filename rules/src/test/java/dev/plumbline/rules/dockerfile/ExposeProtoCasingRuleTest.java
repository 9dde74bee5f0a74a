package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExposeProtoCasingRuleTest {

    private static final String FROM = "FROM nginx:1.27\n";

    private final RuleTester<Dockerfile> tester =
            RuleTester.of(new ExposeProtoCasingRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("upper case", FROM + "EXPOSE 80/«TCP»\n"),
                RuleCase.flags("tabs between entries", FROM + "EXPOSE\t80\t443/«UDP»\n"),
                RuleCase.flags("mixed case, each one", FROM + "EXPOSE 53/«Udp» 443/«tCp»\n"),
                RuleCase.flags("quoted", FROM + "EXPOSE «\"80/TCP\"»\n"),
                RuleCase.passes("lower case", FROM + "EXPOSE 80/tcp 53/udp 9/sctp 8080\n"),
                RuleCase.passes("unknown protocols are expose-invalid-port's", FROM + "EXPOSE 80/HTTP\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixLowerCases() {
        tester.assertFix(FROM + "EXPOSE 80/TCP\n", "Change to tcp", FROM + "EXPOSE 80/tcp\n");
    }
}
