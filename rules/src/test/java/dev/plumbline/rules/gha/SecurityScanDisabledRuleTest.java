package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SecurityScanDisabledRuleTest {

    private static final String HEAD = "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n";
    private static final String FIX = SecurityScanDisabledRule.FIX_TITLE;

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new SecurityScanDisabledRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("continue-on-error on a scanner action", HEAD + "      - uses: aquasecurity/trivy-action@0.28.0\n"
                        + "        continue-on-error: «true»\n        with:\n          image-ref: app:1\n"),
                RuleCase.flags("exit-code 0 input", HEAD + "      - uses: aquasecurity/trivy-action@0.28.0\n        with:\n"
                        + "          image-ref: app:1\n          exit-code: «'0'»\n"),
                RuleCase.flags("fail-build false", HEAD + "      - uses: anchore/scan-action@v6\n        with:\n"
                        + "          image: app:1\n          fail-build: «false»\n"),
                RuleCase.flags("soft_fail", HEAD + "      - uses: bridgecrewio/checkov-action@v12\n        with:\n"
                        + "          soft_fail: «true»\n"),
                RuleCase.flags("|| true", HEAD + "      - run: npm audit --audit-level high «|| true»\n"),
                RuleCase.flags("|| : in a block", HEAD + "      - run: |\n          pip-audit -r requirements.txt «|| :»\n"
                        + "          echo done\n"),
                RuleCase.flags("--exit-code 0", HEAD + "      - run: trivy fs «--exit-code 0» .\n"),
                RuleCase.flags("--exit-zero", HEAD + "      - run: bandit -r src «--exit-zero»\n"),
                RuleCase.flags("if false", HEAD + "      - name: gitleaks\n        if: «false»\n"
                        + "        uses: gitleaks/gitleaks-action@v2\n"),
                RuleCase.flags("continue-on-error on a run scanner", HEAD + "      - run: grype dir:.\n"
                        + "        continue-on-error: «true»\n"),
                RuleCase.passes("gating scan", HEAD + "      - uses: aquasecurity/trivy-action@0.28.0\n        with:\n"
                        + "          image-ref: app:1\n          exit-code: '1'\n"),
                RuleCase.passes("sarif for code scanning", HEAD + "      - uses: aquasecurity/trivy-action@0.28.0\n"
                        + "        with:\n          format: sarif\n          output: trivy.sarif\n          exit-code: '0'\n"),
                RuleCase.passes("|| true elsewhere", HEAD + "      - run: |\n          npm audit\n          rm -f x || true\n"),
                RuleCase.passes("piped scanner", HEAD + "      - run: npm audit --json | tee audit.json\n"),
                RuleCase.passes("not a scanner", HEAD + "      - run: make lint || true\n        continue-on-error: true\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixesRemoveTheBypass() {
        tester.assertFix(HEAD + "      - run: npm audit || true\n", FIX, HEAD + "      - run: npm audit\n");
        tester.assertFix(HEAD + "      - run: grype dir:.\n        continue-on-error: true\n", FIX,
                HEAD + "      - run: grype dir:.\n");
        tester.assertFix(HEAD + "      - uses: anchore/scan-action@v6\n        with:\n          image: app:1\n"
                + "          fail-build: false\n", FIX,
                HEAD + "      - uses: anchore/scan-action@v6\n        with:\n          image: app:1\n");
    }
}
