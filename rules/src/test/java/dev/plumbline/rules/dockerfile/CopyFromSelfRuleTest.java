package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CopyFromSelfRuleTest {

    private final RuleTester<Dockerfile> tester = RuleTester.of(new CopyFromSelfRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("own name", "FROM alpine:3.20 AS a\nCOPY --from=«a» /x /x\n"),
                RuleCase.flags("own index", "FROM alpine:3.20\nFROM alpine:3.20\nCOPY --from=«1» /x /x\n"),
                RuleCase.flags("cycle through a later stage", "FROM alpine:3.20 AS a\nCOPY --from=«b» /x /x\nFROM a AS b\n"),
                RuleCase.flags("mount cycle", "FROM alpine:3.20 AS a\nRUN --mount=from=«c»,target=/c ls\nFROM alpine:3.20 AS b\nCOPY --from=«a» /x /x\nFROM alpine:3.20 AS c\nCOPY --from=«b» /y /y\n"),
                RuleCase.passes("earlier stage", "FROM alpine:3.20 AS a\nFROM alpine:3.20\nCOPY --from=a /x /x\n"),
                RuleCase.passes("later independent stage", "FROM alpine:3.20\nCOPY --from=tools /x /x\nFROM alpine:3.20 AS tools\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

}
