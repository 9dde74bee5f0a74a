package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PipInstallUnlockedRuleTest {

    private static final String HEAD = "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new PipInstallUnlockedRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("pip -r", HEAD + "      - run: pip install «-r requirements.txt»\n"),
                RuleCase.flags("pip3 --requirement", HEAD + "      - run: pip3 install «--requirement dev.txt»\n"),
                RuleCase.flags("attached", HEAD + "      - run: pip install «-rrequirements.txt»\n"),
                RuleCase.flags("python -m pip", HEAD + "      - run: python -m pip install -U «-r req.txt»\n"),
                RuleCase.flags("uv pip", HEAD + "      - run: uv pip install --system «-r req.txt»\n"),
                RuleCase.passes("require hashes", HEAD + "      - run: pip install --require-hashes -r requirements.txt\n"),
                RuleCase.passes("env", HEAD + "      - run: pip install -r requirements.txt\n        env:\n"
                        + "          PIP_REQUIRE_HASHES: '1'\n"),
                RuleCase.passes("packages", HEAD + "      - run: pip install -U pip wheel\n"),
                RuleCase.passes("pip-sync", HEAD + "      - run: pip-sync requirements.txt\n"),
                RuleCase.passes("uv pip sync", HEAD + "      - run: uv pip sync requirements.txt\n"),
                RuleCase.passes("variable file", HEAD + "      - run: pip install -r $REQS\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void filesWithHashesAreFine() {
        RuleTester<WorkflowFile> inRepo = RuleTester.of(new PipInstallUnlockedRule(), new WorkflowLanguage(),
                ".github/workflows/ci.yml").withWorkspace(Map.of(".github/workflows/ci.yml", "",
                        "requirements.txt", "flask==3.0.0 \\\n    --hash=sha256:abc\n", "docs/requirements.txt", "mkdocs\n"));
        inRepo.verify(RuleCase.passes("hashes", HEAD + "      - run: pip install -r requirements.txt\n"));
        inRepo.verify(RuleCase.flags("no hashes in working directory", HEAD + "      - run: pip install «-r requirements.txt»\n"
                + "        working-directory: docs\n"));
    }
}
