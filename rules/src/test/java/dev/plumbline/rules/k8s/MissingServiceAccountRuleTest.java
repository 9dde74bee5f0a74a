package dev.plumbline.rules.k8s;

import org.junit.jupiter.api.Test;

class MissingServiceAccountRuleTest {

    private static String pod(String account) {
        return "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  serviceAccountName: " + account
                + "\n  containers: [{name: c, image: busybox:1.36}]\n";
    }

    private final CrossFileTester tester = CrossFileTester.of(new MissingServiceAccountRule())
            .file("deploy/rbac.yaml", "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: runner}\n");

    @Test
    void flagsAnAccountTheScopeDoesNotDefine() {
        tester.verify("deploy/pod.yaml", pod("«runnner»"));
    }

    @Test
    void passesDefinedAndDefaultAccounts() {
        tester.passes("deploy/pod.yaml", pod("runner"));
        tester.passes("deploy/pod.yaml", pod("default"));
    }

    @Test
    void readsTheDeprecatedKeyToo() {
        tester.verify("deploy/pod.yaml", pod("runner").replace("serviceAccountName: runner", "serviceAccount: «builder»"));
    }

    @Test
    void staysQuietWithoutServiceAccountsInScope() {
        CrossFileTester.of(new MissingServiceAccountRule()).passes("deploy/pod.yaml", pod("runnner"));
    }
}
