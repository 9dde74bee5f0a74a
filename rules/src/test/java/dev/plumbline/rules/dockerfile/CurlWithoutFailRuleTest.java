package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CurlWithoutFailRuleTest {

    private static final String FROM = "FROM debian:12\n";
    private static final String FIX = CurlWithoutFailRule.FIX_TITLE;

    private final RuleTester<Dockerfile> tester = RuleTester.of(new CurlWithoutFailRule(), new DockerfileLanguage(),
            "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("-o file", FROM + "RUN «curl» -sSL -o /tmp/x.tgz https://example.com/x.tgz\n"),
                RuleCase.flags("-O", FROM + "RUN «curl» -LO https://example.com/x.tgz\n"),
                RuleCase.flags("--output", FROM + "RUN «curl» --output /x https://example.com/x\n"),
                RuleCase.flags("redirect", FROM + "RUN «curl» -sL https://example.com/x > /usr/local/bin/x\n"),
                RuleCase.flags("pipe", FROM + "RUN «curl» -sSL https://example.com/x.tgz | tar -xz -C /opt\n"),
                RuleCase.flags("exec form", FROM + "RUN [«\"curl\"», \"-o\", \"/x\", \"https://example.com/x\"]\n"),
                RuleCase.flags("data value is not a flag", FROM + "RUN «curl» -d -f -o /x https://example.com/x\n"),
                RuleCase.passes("-f", FROM + "RUN curl -f -o /x https://example.com/x\n"),
                RuleCase.passes("bundled -fsSL", FROM + "RUN curl -fsSL https://example.com/x.tgz | tar -xz\n"),
                RuleCase.passes("--fail", FROM + "RUN curl --fail -LO https://example.com/x\n"),
                RuleCase.passes("--fail-with-body", FROM + "RUN curl --fail-with-body -o /x https://example.com/x\n"),
                RuleCase.passes("shown only", FROM + "RUN curl -sS https://example.com/health\n"),
                RuleCase.passes("discarded", FROM + "RUN curl -s -o /dev/null -w '%{http_code}' https://example.com | grep 200\n"),
                RuleCase.passes("redirected to /dev/null", FROM + "RUN curl -s https://example.com > /dev/null\n"),
                RuleCase.passes("stderr to a file", FROM + "RUN curl -s https://example.com 2> /tmp/err\n"),
                RuleCase.passes("wget", FROM + "RUN wget -q https://example.com/x\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageSaysWhereTheBodyGoes() {
        tester.assertMessage(FROM + "RUN curl -LO https://example.com/x\n", "curl writes to a file without -f: an HTTP"
                + " error page would be kept as the content and the command would still succeed");
        tester.assertMessage(FROM + "RUN curl -sL https://example.com/x | sh\n", "curl feeds a pipe without -f: an HTTP"
                + " error page would be kept as the content and the command would still succeed");
    }

    @Test
    void fixInsertsFail() {
        tester.assertFix(FROM + "RUN curl -sSL -o /x https://example.com/x\n", FIX,
                FROM + "RUN curl -f -sSL -o /x https://example.com/x\n");
    }

    @Test
    void fixInExecForm() {
        tester.assertFix(FROM + "RUN [\"curl\", \"-o\", \"/x\", \"https://example.com/x\"]\n", FIX,
                FROM + "RUN [\"curl\", \"-f\", \"-o\", \"/x\", \"https://example.com/x\"]\n");
    }
}
