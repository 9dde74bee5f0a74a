package dev.plumbline.rules.gha;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.plumbline.config.Config;
import dev.plumbline.config.RuleSetting;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ImageNotDigestPinnedRuleTest {

    private static final String JOB = LatestTagRuleTest.JOB;

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new ImageNotDigestPinnedRule(), new WorkflowLanguage(), ".github/workflows/ci.yml")
                    .withConfig(new Config(Map.of(ImageNotDigestPinnedRule.META.id(),
                            RuleSetting.severity(Severity.INFORMATION)), List.of(), null, null, Map.of()));

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("container tag", JOB + "    container: node:«22-alpine»\n"),
                RuleCase.flags("service tag", JOB + "    services:\n      db:\n        image: postgres:«16»\n"),
                RuleCase.flags("docker step", JOB + "    steps:\n      - uses: docker://alpine:«3.20»\n"),
                RuleCase.passes("digest", JOB + "    container: node:22@sha256:"
                        + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n"),
                RuleCase.passes("latest (latest-tag's)", JOB + "    container: node:latest\n"),
                RuleCase.passes("untagged (untagged-image's)", JOB + "    container: node\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void offByDefault() {
        assertFalse(new ImageNotDigestPinnedRule().meta().enabledByDefault());
    }

    @Test
    void message() {
        tester.assertMessage(JOB + "    container: node:22\n", "Image \"node:22\" of the container of job \"build\" is"
                + " pinned to a tag, which can be moved to other content; add its digest: node:22@sha256:<digest>");
    }
}
