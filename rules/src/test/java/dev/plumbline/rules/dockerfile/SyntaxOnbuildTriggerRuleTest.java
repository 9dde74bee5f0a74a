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

class SyntaxOnbuildTriggerRuleTest {

    private static final String FROM = "FROM alpine:3.20\n";

    private final RuleTester<Dockerfile> tester =
            RuleTester.of(new SyntaxOnbuildTriggerRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("ONBUILD ONBUILD", FROM + "ONBUILD «ONBUILD» RUN make\n"),
                RuleCase.flags("ONBUILD FROM", FROM + "ONBUILD «FROM» alpine:3.20\n"),
                RuleCase.flags("ONBUILD MAINTAINER, lower case", FROM + "onbuild «maintainer» me\n"),
                RuleCase.passes("allowed triggers", FROM + "ONBUILD RUN make\nONBUILD COPY . /src\nONBUILD ENV A=1\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messagesAndCodes() {
        tester.assertMessage(FROM + "ONBUILD FROM x\n", "FROM isn't allowed as an ONBUILD trigger");
        assertEquals(List.of(PeerId.of(PeerId.HADOLINT, "DL3043"), PeerId.of("dockerfile-utils", "ONBUILD_CHAINING_DISALLOWED")),
                tester.onlyFinding(FROM + "ONBUILD ONBUILD RUN x\n").peers());
    }
}
