package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SyntaxInvalidArgumentRuleTest {

    private static final String FROM = "FROM alpine:3.20\n";

    private final RuleTester<Dockerfile> tester =
            RuleTester.of(new SyntaxInvalidArgumentRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("SHELL in shell form", FROM + "SHELL «/bin/bash -c»\n"),
                RuleCase.flags("SHELL with single quotes", FROM + "SHELL «['/bin/bash', '-c']»\n"),
                RuleCase.flags("empty SHELL list", FROM + "SHELL «[]»\n"),
                RuleCase.flags("unknown signal name", FROM + "STOPSIGNAL «SIGFOO»\n"),
                RuleCase.flags("signal zero", FROM + "STOPSIGNAL «0»\n"),
                RuleCase.flags("negative signal", FROM + "STOPSIGNAL «-9»\n"),
                RuleCase.flags("unknown HEALTHCHECK type", FROM + "HEALTHCHECK --interval=5s «CMDD» curl localhost\n"),
                RuleCase.flags("in an ONBUILD trigger", FROM + "ONBUILD STOPSIGNAL «SIGNOPE»\n"),
                RuleCase.passes("valid arguments", FROM + """
                        SHELL ["/bin/bash", "-o", "pipefail", "-c"]
                        SHELL ["powershell"]
                        STOPSIGNAL SIGTERM
                        STOPSIGNAL sigquit
                        STOPSIGNAL KILL
                        STOPSIGNAL 9
                        STOPSIGNAL SIGRTMIN+3
                        STOPSIGNAL $STOP_SIGNAL
                        HEALTHCHECK NONE
                        HEALTHCHECK none
                        HEALTHCHECK cmd true
                        """),
                RuleCase.passes("counts are another rule's", FROM + "STOPSIGNAL a b\nSHELL\nHEALTHCHECK\n"),
                RuleCase.passes("non-string JSON is a syntax error", FROM + "SHELL [\"sh\", 1]\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messages() {
        tester.assertMessage(FROM + "STOPSIGNAL SIGFOO\n", "\"SIGFOO\" is not a signal; write a name such as SIGTERM or a number");
        tester.assertMessage(FROM + "HEALTHCHECK RUN true\n", "Unknown HEALTHCHECK type \"RUN\"; write CMD <command> or NONE");
    }
}
