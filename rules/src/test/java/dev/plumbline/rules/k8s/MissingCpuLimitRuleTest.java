package dev.plumbline.rules.k8s;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import org.junit.jupiter.api.Test;

class MissingCpuLimitRuleTest {

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new MissingCpuLimitRule(), new KubernetesLanguage(), "deploy.yaml");

    @Test
    void flagsContainersWithoutACpuLimit() {
        tester.verify(RuleCase.flags("containers and init containers", POD + """
                  initContainers:
                    - name: init
                      resources:
                        «limits»: {memory: 64Mi}
                  containers:
                    - «name: a»
                    - name: b
                      resources: {limits: {cpu: 250m}}
                  ephemeralContainers:
                    - name: debug
                """));
        tester.assertMessage(POD + "  containers: [{name: web}]\n", "Container \"web\" has no CPU limit, so a busy loop"
                + " in it can take every idle CPU of the node");
    }

    @Test
    void theFixCopiesTheRequestOrUsesADefault() {
        tester.assertFix(POD + """
                  containers:
                    - name: web
                      resources:
                        requests: {cpu: 250m, memory: 128Mi}
                        limits:
                          memory: 128Mi
                """, "Limit CPU to 250m", POD + """
                  containers:
                    - name: web
                      resources:
                        requests: {cpu: 250m, memory: 128Mi}
                        limits:
                          memory: 128Mi
                          cpu: 250m
                """);
        tester.assertFix(POD + "  containers:\n    - name: web\n      resources:\n        limits: {memory: 128Mi}\n",
                "Limit CPU to 500m", POD + "  containers:\n    - name: web\n      resources:\n"
                        + "        limits: {memory: 128Mi, cpu: 500m}\n");
    }
}
