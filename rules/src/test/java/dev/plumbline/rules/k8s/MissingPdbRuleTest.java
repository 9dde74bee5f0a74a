package dev.plumbline.rules.k8s;

import org.junit.jupiter.api.Test;

class MissingPdbRuleTest {

    private static final String DEPLOYMENT = DanglingServiceRuleTest.DEPLOYMENT.replace("«", "")
            .replace("spec:\n  selector", "«spec»:\n  replicas: 3\n  selector");

    @Test
    void flagsAReplicatedDeploymentNoPdbSelects() {
        CrossFileTester.of(new MissingPdbRule()).verify("app/deployment.yaml", DEPLOYMENT);
        CrossFileTester.of(new MissingPdbRule())
                .file("app/pdb.yaml", "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: x}\n"
                        + "spec: {maxUnavailable: 1, selector: {matchLabels: {app: other}}}\n")
                .verify("app/deployment.yaml", DEPLOYMENT);
    }

    @Test
    void passesWhenAPdbInScopeSelectsIt() {
        CrossFileTester.of(new MissingPdbRule())
                .file("app/pdb.yaml", "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: x}\n"
                        + "spec: {maxUnavailable: 1, selector: {matchLabels: {app: web}}}\n")
                .passes("app/deployment.yaml", DEPLOYMENT.replace("«", "").replace("»", ""));
    }

    @Test
    void singleReplicasAreExempt() {
        CrossFileTester.of(new MissingPdbRule()).passes("app/deployment.yaml", DanglingServiceRuleTest.DEPLOYMENT);
    }
}
