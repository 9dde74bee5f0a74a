package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LatestTagRuleTest {

    static final String JOB = "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new LatestTagRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("container string", JOB + "    container: node:«latest»\n"),
                RuleCase.flags("container image", JOB + "    container:\n      image: 'ghcr.io/o/app:«latest»'\n"),
                RuleCase.flags("service", JOB + "    services:\n      db:\n        image: postgres:«latest»\n"),
                RuleCase.flags("docker step", JOB + "    steps:\n      - uses: docker://alpine:«latest»\n"),
                RuleCase.flags("registry with port", JOB + "    container: host:5000/app:«latest»\n"),
                RuleCase.passes("latest with a digest", JOB + "    container: node:latest@sha256:"
                        + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n"),
                RuleCase.passes("version tag", JOB + "    container: node:22\n    services:\n      r:\n        image: redis:7\n"),
                RuleCase.passes("untagged (untagged-image's)", JOB + "    container: node\n"),
                RuleCase.passes("expression", JOB + "    container: node:${{ matrix.v }}\n"),
                RuleCase.passes("action docker image", JOB + "    steps:\n      - uses: a/b@v1\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void dockerActionMetadata() {
        RuleTester.of(new LatestTagRule(), new WorkflowLanguage(), "action.yml").verify(RuleCase.flags("runs.image",
                "name: x\ndescription: y\nruns:\n  using: docker\n  image: docker://ghcr.io/o/tool:«latest»\n"));
    }

    @Test
    void message() {
        tester.assertMessage(JOB + "    services:\n      db:\n        image: postgres:latest\n", "Image \"postgres:latest\""
                + " of service \"db\" of job \"build\" uses the \"latest\" tag, which changes over time; pin a version (and"
                + " ideally a digest)");
    }
}
