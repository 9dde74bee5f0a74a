package dev.plumbline.rules.k8s;

import org.junit.jupiter.api.Test;

class MissingNetworkPolicyRuleTest {

    private static final String DEPLOYMENT = DanglingServiceRuleTest.DEPLOYMENT.replace("    spec:\n      containers",
            "    «spec»:\n      containers");

    @Test
    void flagsAWorkloadNoPolicySelects() {
        CrossFileTester.of(new MissingNetworkPolicyRule()).verify("app/deployment.yaml", DEPLOYMENT);
    }

    @Test
    void passesWhenAPolicySelectsItOrAllPods() {
        String policy = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: x}\nspec:\n"
                + "  podSelector: %s\n  policyTypes: [Ingress]\n";
        CrossFileTester.of(new MissingNetworkPolicyRule()).file("app/np.yaml", policy.formatted("{matchLabels: {app: web}}"))
                .passes("app/deployment.yaml", DanglingServiceRuleTest.DEPLOYMENT);
        CrossFileTester.of(new MissingNetworkPolicyRule()).file("app/np.yaml", policy.formatted("{}"))
                .passes("app/deployment.yaml", DanglingServiceRuleTest.DEPLOYMENT);
    }
}
