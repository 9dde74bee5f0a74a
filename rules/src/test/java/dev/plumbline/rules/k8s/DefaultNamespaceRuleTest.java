package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DefaultNamespaceRuleTest {

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new DefaultNamespaceRule(), new KubernetesLanguage(), "app.yaml")
                    .withConfig(TestConfigs.enabling(DefaultNamespaceRule.META));
    private final RuleTester<KubernetesFile> requiring =
            RuleTester.of(new DefaultNamespaceRule(), new KubernetesLanguage(), "app.yaml")
                    .withConfig(TestConfigs.yaml("""
                            rules: {k8s/default-namespace: info}
                            kubernetes: {requireNamespace: true}
                            """));

    static Stream<RuleCase> explicitDefault() {
        return Stream.of(
                RuleCase.flags("namespace: default, built-in or custom kind", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                          name: web
                          namespace: «default»
                        ---
                        apiVersion: example.com/v1
                        kind: Widget
                        metadata: {name: w, namespace: «"default"»}
                        """),
                RuleCase.passes("another namespace, none, cluster-scoped kinds", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata: {name: web, namespace: shop}
                        ---
                        apiVersion: v1
                        kind: Service
                        metadata: {name: web}
                        ---
                        apiVersion: rbac.authorization.k8s.io/v1
                        kind: ClusterRoleBinding
                        metadata: {name: b, namespace: default}
                        """),
                RuleCase.passes("empty file", ""));
    }

    static Stream<RuleCase> requiredNamespace() {
        return Stream.of(
                RuleCase.flags("built-in namespaced kinds without a namespace: on metadata, else on kind", """
                        apiVersion: apps/v1
                        kind: Deployment
                        «metadata»:
                          name: web
                        ---
                        apiVersion: v1
                        kind: ConfigMap
                        «metadata»: {name: c, namespace: ~}
                        ---
                        apiVersion: v1
                        «kind: Secret»
                        """),
                RuleCase.passes("cluster-scoped and unknown kinds, kustomizations", """
                        apiVersion: v1
                        kind: Namespace
                        metadata: {name: shop}
                        ---
                        apiVersion: example.com/v1
                        kind: Widget
                        metadata: {name: w}
                        ---
                        apiVersion: kustomize.config.k8s.io/v1beta1
                        kind: Kustomization
                        resources: [a.yaml]
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("explicitDefault")
    void reportsTheDefaultNamespace(RuleCase c) {
        CaseSyntax.assertParses(c);
        tester.verify(c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requiredNamespace")
    void withRequireNamespaceReportsMissingOnes(RuleCase c) {
        CaseSyntax.assertParses(c);
        requiring.verify(c);
    }

    @Test
    void withoutTheOptionAMissingNamespaceIsFine() {
        tester.verify(RuleCase.passes("no namespace", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n"));
    }

    @Test
    void isOffByDefaultAndMessages() {
        assertFalse(DefaultNamespaceRule.META.enabledByDefault());
        tester.assertMessage("apiVersion: v1\nkind: Service\nmetadata: {name: web, namespace: default}\n",
                "Service/web is placed in the default namespace; give the application a namespace of its own");
        requiring.assertMessage("apiVersion: v1\nkind: Service\nmetadata: {name: web}\n", "Service/web sets no"
                + " namespace, so it lands in whatever namespace the kubectl context names (often default); set"
                + " metadata.namespace");
    }
}
