package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CdInRunRuleTest {

    private static final String FROM = "FROM debian:12\n";

    private final RuleTester<Dockerfile> tester = RuleTester.of(new CdInRunRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("cd then build", FROM + "RUN «cd» /src && make\n"),
                RuleCase.flags("two", FROM + "RUN «cd» /tmp && curl -fO https://x/y && «cd» /\n"),
                RuleCase.flags("subshell", FROM + "RUN («cd» /src && make)\n"),
                RuleCase.flags("heredoc", FROM + "RUN <<EOF\n«cd» /src\nmake\nEOF\n"),
                RuleCase.passes("WORKDIR", FROM + "WORKDIR /src\nRUN make\n"),
                RuleCase.passes("cd as an argument", FROM + "RUN echo cd /src\n"),
                RuleCase.passes("make -C", FROM + "RUN make -C /src\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageNamesTheDirectory() {
        tester.assertMessage(FROM + "RUN cd /src && make\n",
                "\"cd /src\" only lasts for this RUN; use WORKDIR to set the directory for the instructions that follow");
    }
}
