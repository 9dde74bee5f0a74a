package dev.plumbline.rules.gha;

import dev.plumbline.config.Config;
import dev.plumbline.config.RuleSetting;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.gha.WorkflowFile;
import java.util.List;
import java.util.Map;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ShaPinMissingVersionCommentRuleTest {

    private static final Config ON = new Config(Map.of(ShaPinMissingVersionCommentRule.META.id(),
            RuleSetting.severity(Severity.HINT)), List.of(), null, null, Map.of());
    private static final String HEAD = "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n";
    private static final String SHA = "11bd71901bbe5b1630ceea73d27597364c9af683";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new ShaPinMissingVersionCommentRule(), new WorkflowLanguage(), ".github/workflows/ci.yml")
                    .withConfig(ON);

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("no comment", HEAD + "      - uses: actions/checkout@«" + SHA + "»\n"),
                RuleCase.flags("comment without a version", HEAD + "      - uses: actions/checkout@«" + SHA + "» # pinned\n"),
                RuleCase.flags("job call", "on: push\njobs:\n  c:\n    uses: o/r/.github/workflows/a.yml@«" + SHA + "»\n"),
                RuleCase.passes("version comment", HEAD + "      - uses: actions/checkout@" + SHA + " # v4.2.2\n"),
                RuleCase.passes("tag= comment", HEAD + "      - uses: actions/checkout@" + SHA + " # tag=v4.2.2\n"),
                RuleCase.passes("bare version", HEAD + "      - uses: actions/checkout@" + SHA + " #4.2.2\n"),
                RuleCase.passes("tag ref", HEAD + "      - uses: actions/checkout@v4\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }
}
