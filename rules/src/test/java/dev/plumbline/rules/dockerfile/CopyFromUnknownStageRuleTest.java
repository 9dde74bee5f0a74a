package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CopyFromUnknownStageRuleTest {

    private final RuleTester<Dockerfile> tester = RuleTester.of(new CopyFromUnknownStageRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("typo", "FROM alpine:3.20 AS builder\nFROM alpine:3.20\nCOPY --from=«buidler» /a /a\n"),
                RuleCase.flags("mount", "FROM alpine:3.20\nRUN --mount=from=«deps»,target=/d ls\n"),
                RuleCase.flags("index out of range", "FROM alpine:3.20\nFROM alpine:3.20\nCOPY --from=«2» /a /a\n"),
                RuleCase.flags("through an ARG", "ARG SRC=nothere\nFROM alpine:3.20\nARG SRC\nCOPY --from=«$SRC» /a /a\n"),
                RuleCase.passes("stage", "FROM alpine:3.20 AS b\nFROM alpine:3.20\nCOPY --from=B /a /a\n"),
                RuleCase.passes("later stage", "FROM alpine:3.20\nCOPY --from=tools /a /a\nFROM alpine:3.20 AS tools\n"),
                RuleCase.passes("index", "FROM alpine:3.20\nFROM alpine:3.20\nCOPY --from=0 /a /a\n"),
                RuleCase.passes("image with tag", "FROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\n"),
                RuleCase.passes("image with path", "FROM alpine:3.20\nCOPY --from=ghcr.io/x/y /a /a\n"),
                RuleCase.passes("unknown variable", "FROM alpine:3.20\nARG SRC\nCOPY --from=$SRC /a /a\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixReplacesWithTheNearestStage() {
        tester.assertFix("FROM alpine:3.20 AS Builder\nFROM alpine:3.20\nCOPY --from=buidler /a /a\n",
                "Replace with \"Builder\"", "FROM alpine:3.20 AS Builder\nFROM alpine:3.20\nCOPY --from=Builder /a /a\n");
    }

    @Test
    void messageSaysWhatDockerWouldDo() {
        tester.assertMessage("FROM alpine:3.20\nCOPY --from=nginx /a /a\n",
                "--from=nginx names no stage of this file; Docker would pull it as the image \"nginx:latest\"");
        assertTrue(tester.onlyFinding("FROM alpine:3.20\nCOPY --from=zzz /a /a\n").fixes().isEmpty());
    }
}
