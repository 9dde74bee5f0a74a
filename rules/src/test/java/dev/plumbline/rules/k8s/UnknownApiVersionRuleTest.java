package dev.plumbline.rules.k8s;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UnknownApiVersionRuleTest {

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new UnknownApiVersionRule(), new KubernetesLanguage(), "app.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("a version that does not exist, a kind in the wrong group, a typo", """
                        apiVersion: «apps/v2»
                        kind: Deployment
                        metadata: {name: a}
                        ---
                        apiVersion: «v1»
                        kind: Deployment
                        metadata: {name: b}
                        ---
                        apiVersion: apps/v1
                        kind: «Deploymnet»
                        metadata: {name: c}
                        ---
                        apiVersion: v1
                        kind: «Widget»
                        ---
                        apiVersion: «v1beta1»
                        kind: Bee
                        ---
                        apiVersion: «app/v1»
                        kind: StatefulSet
                        """),
                RuleCase.passes("served pairs, CRDs, retired pairs, Lists and kubeconfig", """
                        apiVersion: apps/v1
                        kind: Deployment
                        ---
                        apiVersion: example.com/v1
                        kind: Deployment
                        ---
                        apiVersion: extensions/v1beta1
                        kind: Deployment
                        ---
                        apiVersion: v1
                        kind: List
                        items: []
                        ---
                        apiVersion: apps/v1
                        kind: DeploymentList
                        items: []
                        ---
                        apiVersion: v1
                        kind: Config
                        clusters: []
                        ---
                        apiVersion: skaffold/v4beta6
                        kind: Config
                        ---
                        apiVersion: kustomize.config.k8s.io/v1beta1
                        kind: Kustomization
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messagesSayWhatIsServed() {
        tester.assertMessage("apiVersion: apps/v2\nkind: Deployment\n",
                "API version apps/v2 does not exist; Deployment is served as apps/v1");
        tester.assertMessage("apiVersion: v1\nkind: Deployment\n", "v1 does not serve Deployment; Deployment is served as apps/v1");
        tester.assertMessage("apiVersion: apps/v1\nkind: deployment\n",
                "apps/v1 has no kind \"deployment\"; did you mean \"Deployment\"?");
        tester.assertMessage("apiVersion: batch/v3\nkind: Thing\n", "API version batch/v3 does not exist; served versions: batch/v1");
        tester.assertMessage("apiVersion: app/v1\nkind: DaemonSet\n",
                "API group \"app\" does not exist; DaemonSet is served as apps/v1");
    }

    @Test
    void fixesTheApiVersionOrTheKind() {
        tester.assertFix("apiVersion: «v1»\nkind: Deployment\nmetadata: {name: d}\n", "Use apps/v1",
                "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\n");
        tester.assertFix("apiVersion: apps/v1\nkind: «\"Deploymnet\"»\nmetadata: {name: d}\n", "Use kind Deployment",
                "apiVersion: apps/v1\nkind: \"Deployment\"\nmetadata: {name: d}\n");
    }
}
