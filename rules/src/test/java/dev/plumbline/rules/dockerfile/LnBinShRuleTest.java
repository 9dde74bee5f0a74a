package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LnBinShRuleTest {

    private static final String FROM = "FROM debian:12\n";

    private final RuleTester<Dockerfile> tester = RuleTester.of(new LnBinShRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("ln -sf bash sh", FROM + "RUN ln -sf /bin/bash «/bin/sh»\n"),
                RuleCase.flags("in a chain", FROM + "RUN rm /bin/sh && ln -s /bin/bash «/bin/sh»\n"),
                RuleCase.flags("/usr/bin/sh", FROM + "RUN ln -sf bash «/usr/bin/sh»\n"),
                RuleCase.passes("linking to sh", FROM + "RUN ln -s /bin/sh /usr/local/bin/sh\n"),
                RuleCase.passes("SHELL", FROM + "SHELL [\"/bin/bash\", \"-c\"]\n"),
                RuleCase.passes("other links", FROM + "RUN ln -s /usr/bin/python3 /usr/bin/python\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void message() {
        tester.assertMessage(FROM + "RUN ln -sf /bin/bash /bin/sh\n", "Linking /bin/sh to another shell changes every"
                + " script in the image; use SHELL to choose the shell for RUN instead");
    }
}
