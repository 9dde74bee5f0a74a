package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.engine.PeerId;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExposeInvalidPortRuleTest {

    private static final String FROM = "FROM nginx:1.27\n";

    private final RuleTester<Dockerfile> tester =
            RuleTester.of(new ExposeInvalidPortRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("port above 65535", FROM + "EXPOSE «70000»\n"),
                RuleCase.flags("port 0", FROM + "EXPOSE «0»/udp\n"),
                RuleCase.flags("backwards range", FROM + "EXPOSE «8010-8000»\n"),
                RuleCase.flags("not a number", FROM + "EXPOSE «http»\n"),
                RuleCase.flags("unknown protocol", FROM + "EXPOSE 80/«http»\n"),
                RuleCase.flags("each bad entry", FROM + "EXPOSE 80 «99999» 443/«tls»\n"),
                RuleCase.flags("container side of a mapping", FROM + "EXPOSE 8080:«99999»\n"),
                RuleCase.flags("quoted", FROM + "EXPOSE «\"99999\"»\n"),
                RuleCase.flags("ONBUILD trigger", FROM + "ONBUILD EXPOSE «0»\n"),
                RuleCase.passes("valid ports", FROM + "EXPOSE 80 443/tcp 53/udp 9000/sctp 8000-8010 1/TCP 65535\n"),
                RuleCase.passes("variables", FROM + "EXPOSE $PORT ${PORT:-80}/tcp\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messagesAndCodes() {
        tester.assertMessage(FROM + "EXPOSE 70000\n", "Port 70000 is outside 1-65535");
        tester.assertMessage(FROM + "EXPOSE 80/http\n", "Unknown protocol \"http\"; EXPOSE accepts tcp, udp and sctp");
        assertEquals(List.of(PeerId.of(PeerId.HADOLINT, "DL3011"), PeerId.of("dockerfile-utils", "INVALID_PORT")),
                tester.onlyFinding(FROM + "EXPOSE 70000\n").peers());
        assertEquals(List.of(PeerId.of("dockerfile-utils", "INVALID_PORT")), tester.onlyFinding(FROM + "EXPOSE http\n").peers());
    }
}
