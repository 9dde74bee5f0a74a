package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UntaggedImageRuleTest {

    private static final String JOB = LatestTagRuleTest.JOB;

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new UntaggedImageRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("container", JOB + "    container: «node»\n"),
                RuleCase.flags("registry with port has no tag", JOB + "    container:\n      image: «host:5000/app»\n"),
                RuleCase.flags("service", JOB + "    services:\n      cache:\n        image: \"«redis»\"\n"),
                RuleCase.flags("docker step", JOB + "    steps:\n      - uses: docker://«alpine»\n"),
                RuleCase.passes("tagged", JOB + "    container: node:22\n"),
                RuleCase.passes("digest", JOB + "    container: node@sha256:"
                        + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n"),
                RuleCase.passes("expression", JOB + "    container: ${{ matrix.image }}\n"),
                RuleCase.passes("no image", JOB + "    container:\n      options: --cpus 1\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void message() {
        tester.assertMessage(JOB + "    container: node\n", "Image \"node\" of the container of job \"build\" has no tag,"
                + " so it pulls \"latest\", which changes over time; pin a version (and ideally a digest)");
    }
}
