package dev.plumbline.rules.k8s;

import org.junit.jupiter.api.Test;

class DanglingHpaRuleTest {

    private final CrossFileTester tester = CrossFileTester.of(new DanglingHpaRule())
            .file("app/deployment.yaml", DanglingServiceRuleTest.DEPLOYMENT);

    private static String hpa(String kind, String name) {
        return "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: web}\nspec:\n"
                + "  scaleTargetRef: {apiVersion: apps/v1, kind: " + kind + ", name: " + name + "}\n"
                + "  minReplicas: 2\n  maxReplicas: 5\n";
    }

    @Test
    void flagsATargetNotInScope() {
        tester.verify("app/hpa.yaml", hpa("Deployment", "«wbe»"));
    }

    @Test
    void passesAnExistingTarget() {
        tester.passes("app/hpa.yaml", hpa("Deployment", "web"));
    }

    @Test
    void staysQuietWhenTheScopeHasNothingOfThatKind() {
        tester.passes("app/hpa.yaml", hpa("StatefulSet", "db"));
        tester.passes("app/hpa.yaml", hpa("Rollout", "web"));
    }

    @Test
    void aTargetInAnotherNamespaceDoesNotCount() {
        CrossFileTester.of(new DanglingHpaRule())
                .file("app/deployment.yaml", DanglingServiceRuleTest.DEPLOYMENT.replace("  name: web\n",
                        "  name: web\n  namespace: b\n"))
                .verify("app/hpa.yaml", hpa("Deployment", "«web»").replace("{name: web}", "{name: web, namespace: a}"));
    }
}
