package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StageNameCasingRuleTest {

    private final RuleTester<Dockerfile> tester = RuleTester.of(new StageNameCasingRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("uppercase", "FROM alpine:3.20 AS «Build»\n"),
                RuleCase.flags("all caps", "FROM alpine:3.20 AS «BUILDER»\nFROM builder\n"),
                RuleCase.passes("lowercase", "FROM alpine:3.20 AS build-1.x\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixLowercasesTheNameAndEveryReference() {
        tester.assertFix("FROM alpine:3.20 AS «Build»\nRUN true\nFROM Build AS Next\nCOPY --from=BUILD /a /a\n"
                        + "RUN --mount=from=Build,target=/b ls\nFROM next\n",
                StageNameCasingRule.FIX_TITLE,
                "FROM alpine:3.20 AS build\nRUN true\nFROM build AS Next\nCOPY --from=build /a /a\n"
                        + "RUN --mount=from=build,target=/b ls\nFROM next\n");
    }
}
