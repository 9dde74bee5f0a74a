package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InvalidActionMetadataRuleTest {

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new InvalidActionMetadataRule(), new WorkflowLanguage(), "action.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("retired runtime", "name: a\ndescription: d\nruns:\n  using: «node16»\n  main: index.js\n"),
                RuleCase.flags("unknown runtime", "name: a\ndescription: d\nruns:\n  using: «python»\n"),
                RuleCase.flags("missing description", "«name»: a\nruns:\n  using: node20\n  main: index.js\n"),
                RuleCase.flags("steps on a node action", "name: a\ndescription: d\nruns:\n  using: node20\n"
                        + "  main: index.js\n  «steps»: []\n"),
                RuleCase.flags("bad branding color", "name: a\ndescription: d\nruns:\n  using: docker\n  image: Dockerfile\n"
                        + "branding:\n  color: «pink»\n"),
                RuleCase.passes("input keys GitHub ignores", "name: a\ndescription: d\ninputs:\n  x:\n    type: string\n"
                        + "  y:\n    required: false\nruns:\n  using: node24\n  main: dist/index.js\n"),
                RuleCase.passes("node24", "name: a\ndescription: d\nruns:\n  using: node24\n  main: dist/index.js\n"),
                RuleCase.passes("composite", "name: a\ndescription: d\nruns:\n  using: composite\n  steps:\n"
                        + "    - run: echo hi\n      shell: bash\n"),
                RuleCase.passes("docker image", "name: a\ndescription: d\nruns:\n  using: docker\n"
                        + "  image: docker://alpine:3.20\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void filesMissingFromTheActionFolder() {
        RuleTester<WorkflowFile> inRepo = RuleTester.of(new InvalidActionMetadataRule(), new WorkflowLanguage(),
                "tools/build/action.yml").withWorkspace(Map.of("tools/build/action.yml", "",
                        "tools/build/dist/index.js", "", "tools/build/Dockerfile", ""));
        inRepo.verify(RuleCase.flags("missing post", "name: a\ndescription: d\nruns:\n  using: node20\n"
                + "  main: dist/index.js\n  post: «dist/cleanup.js»\n"));
        inRepo.verify(RuleCase.passes("docker file there", "name: a\ndescription: d\nruns:\n  using: docker\n"
                + "  image: Dockerfile\n"));
        inRepo.verify(RuleCase.flags("docker file missing", "name: a\ndescription: d\nruns:\n  using: docker\n"
                + "  image: «build/Dockerfile»\n"));
    }
}
