package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CurlPipeShellRuleTest {

    private final RuleTester<Dockerfile> tester = RuleTester.of(new CurlPipeShellRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("curl | sh", "FROM alpine:3.20\nRUN «curl -fsSL https://get.example.com | sh»\n"),
                RuleCase.flags("wget | bash over a continuation", "FROM alpine:3.20\nRUN «wget -qO- https://x.example/i.sh \\\n  | sudo bash» -s -- -y\n"),
                RuleCase.flags("sh -c $(curl)", "FROM alpine:3.20\nRUN «sh -c \"$(curl -fsSL https://x.example/i.sh)\"»\n"),
                RuleCase.flags("bash <(curl)", "FROM alpine:3.20\nRUN apk add bash && «bash <(curl -s https://x.example/i.sh)»\n"),
                RuleCase.flags("ONBUILD", "FROM alpine:3.20\nONBUILD RUN «curl -s https://x.example | sh»\n"),
                RuleCase.passes("download then verify", "FROM alpine:3.20\nRUN curl -fsSLo i.sh https://x.example/i.sh && sha256sum -c i.sum && sh i.sh\n"),
                RuleCase.passes("pipe into tar", "FROM alpine:3.20\nRUN curl -fsSL https://x.example/a.tgz | tar xz\n"),
                RuleCase.passes("or, not pipe", "FROM alpine:3.20\nRUN curl -f https://x.example || sh -c true\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

}
