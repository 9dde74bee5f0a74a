package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ArchivedActionRuleTest {

    private static final String HEAD = "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new ArchivedActionRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("create-release", HEAD + "      - uses: «actions/create-release»@v1\n"),
                RuleCase.flags("whole owner", HEAD + "      - uses: «actions-rs/toolchain»@v1\n"),
                RuleCase.flags("case-insensitive", HEAD + "      - uses: «Actions/Setup-Ruby»@v1\n"),
                RuleCase.flags("with a path", HEAD + "      - uses: «actions-rs/cargo»/sub@v1\n"),
                RuleCase.passes("active", HEAD + "      - uses: actions/checkout@v4\n"),
                RuleCase.passes("local", HEAD + "      - uses: ./actions/create-release\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageNamesTheReplacement() {
        tester.assertMessage(HEAD + "      - uses: actions/setup-ruby@v1\n", "\"actions/setup-ruby\" is archived and gets"
                + " no fixes or runtime updates; use ruby/setup-ruby instead");
    }
}
