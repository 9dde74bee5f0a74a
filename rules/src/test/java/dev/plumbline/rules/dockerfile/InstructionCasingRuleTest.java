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

class InstructionCasingRuleTest {

    private final RuleTester<Dockerfile> tester =
            RuleTester.of(new InstructionCasingRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("mixed case", "FROM alpine:3.20\n«Run» echo hi\n"),
                RuleCase.flags("lower case in an upper-case file", "FROM alpine:3.20\n«run» echo hi\nCMD [\"sh\"]\n"),
                RuleCase.flags("upper case in a lower-case file", "from alpine:3.20\nrun echo hi\n«CMD» [\"sh\"]\n"),
                RuleCase.flags("a tie goes to upper case", "FROM alpine:3.20\n«run» echo hi\n"),
                RuleCase.flags("ONBUILD trigger", "FROM alpine:3.20\nONBUILD «Run» make\n"),
                RuleCase.passes("all upper case", "FROM alpine:3.20\nRUN echo hi\nONBUILD RUN make\n"),
                RuleCase.passes("all lower case", "from alpine:3.20\nrun echo hi\n"),
                RuleCase.passes("unknown instructions are another rule's", "FROM alpine:3.20\nFoo bar\n"),
                RuleCase.passes("empty file", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messagesAndCodes() {
        tester.assertMessage("FROM a:1\nRun x\n", "Instruction \"Run\" mixes upper and lower case; write RUN");
        tester.assertMessage("from a:1\nrun x\nCMD x\n",
                "Instruction \"CMD\" does not match the lower-case instructions of this file; write cmd");
        assertEquals(List.of(PeerId.of(PeerId.BUILDKIT, "ConsistentInstructionCasing")),
                tester.onlyFinding("from a:1\nrun x\nCMD x\n").peers());
        assertEquals(2, tester.onlyFinding("FROM a:1\nrun x\nCMD x\n").peers().size());
    }

    @Test
    void fixUsesTheMajorityCasing() {
        tester.assertFix("FROM alpine:3.20\nRun echo hi\n", "Change to RUN", "FROM alpine:3.20\nRUN echo hi\n");
        tester.assertFix("from alpine:3.20\nrun echo hi\nWorkDir /app\n", "Change to workdir",
                "from alpine:3.20\nrun echo hi\nworkdir /app\n");
    }
}
