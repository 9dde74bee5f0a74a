package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DeployWithoutRollbackRuleTest {

    private static final String HEAD = "on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new DeployWithoutRollbackRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("helm upgrade", HEAD + "      - run: «helm upgrade» --install app ./chart\n"),
                RuleCase.flags("kubectl apply", HEAD + "      - run: «kubectl apply» -f k8s/\n"),
                RuleCase.flags("kubectl set image", HEAD + "      - run: «kubectl -n prod set image» deployment/app app=app:2\n"),
                RuleCase.flags("rollout restart", HEAD + "      - run: «kubectl rollout restart» deployment/app\n"),
                RuleCase.flags("status before, not after", HEAD + "      - run: kubectl rollout status deploy/app\n"
                        + "      - run: «kubectl apply» -f k8s/\n"),
                RuleCase.passes("atomic", HEAD + "      - run: helm upgrade --install --atomic app ./chart\n"),
                RuleCase.passes("helm 4", HEAD + "      - run: helm upgrade --rollback-on-failure app ./chart\n"),
                RuleCase.passes("dry run", HEAD + "      - run: kubectl apply --dry-run=server -f k8s/\n"),
                RuleCase.passes("rollout status later", HEAD + "      - run: kubectl apply -f k8s/\n"
                        + "      - run: kubectl rollout status deployment/app --timeout=5m\n"),
                RuleCase.passes("wait later", HEAD + "      - run: |\n          kubectl apply -f k8s/\n"
                        + "          kubectl wait --for=condition=available deploy/app\n"),
                RuleCase.passes("local test cluster", HEAD + "      - uses: helm/kind-action@v1\n"
                        + "      - run: kubectl apply -f k8s/ && helm upgrade app ./chart\n"),
                RuleCase.passes("kind in a script", HEAD + "      - run: kind create cluster\n"
                        + "      - run: kubectl apply -f k8s/\n"),
                RuleCase.passes("kind used in the job", HEAD + "      - run: kind version\n"
                        + "      - run: cat manifest.yaml | kubectl apply -f -\n"),
                RuleCase.passes("other kubectl", HEAD + "      - run: kubectl get pods\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixAddsAtomic() {
        tester.assertFix(HEAD + "      - run: |\n          helm upgrade --install app ./chart\n",
                DeployWithoutRollbackRule.FIX_TITLE,
                HEAD + "      - run: |\n          helm upgrade --atomic --install app ./chart\n");
    }
}
