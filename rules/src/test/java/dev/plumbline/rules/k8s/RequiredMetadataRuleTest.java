package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.engine.PeerId;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RequiredMetadataRuleTest {

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new RequiredMetadataRule(), new KubernetesLanguage(), "app.yaml")
                    .withConfig(TestConfigs.yaml("""
                            kubernetes:
                              requiredLabels: ["owner"]
                              requiredAnnotations: ["email=[^@\\\\s]+@example\\\\.com", "ticket=(oops"]
                            """));

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("a missing label sits on labels, else on metadata", """
                        apiVersion: v1
                        kind: ConfigMap
                        metadata:
                          name: a
                          «labels»:
                            app.kubernetes.io/name: shop
                          annotations:
                            email: team@example.com
                            ticket: OPS-1
                        ---
                        apiVersion: v1
                        kind: ConfigMap
                        «metadata»:
                          name: b
                          annotations: {email: team@example.com, ticket: t}
                        """),
                RuleCase.flags("a value that does not match its pattern sits on the value", """
                        apiVersion: v1
                        kind: ConfigMap
                        metadata:
                          name: a
                          labels: {owner: shop, app.kubernetes.io/name: shop}
                          annotations:
                            email: «someone@elsewhere.org»
                            ticket: x
                        """),
                RuleCase.passes("everything present and matching; an uncompilable pattern only needs the key", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                          name: a
                          labels: {owner: shop, app.kubernetes.io/name: shop}
                          annotations: {email: ops@example.com, ticket: anything}
                        ---
                        apiVersion: v1
                        kind: List
                        items: []
                        ---
                        apiVersion: kustomize.config.k8s.io/v1beta1
                        kind: Kustomization
                        """),
                RuleCase.passes("empty file", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        CaseSyntax.assertParses(c);
        tester.verify(c);
    }

    @Test
    void withoutMetadataEveryMissingKeySitsOnKind() {
        var findings = tester.findings("apiVersion: v1\nkind: ConfigMap\n");
        assertEquals(3, findings.size(), RuleTester.describe(findings));
        findings.forEach(f -> assertEquals(RuleTester.range(1, 0, 1, 15), f.range()));
    }

    @Test
    void doesNothingWithoutOptions() {
        RuleTester<KubernetesFile> plain = RuleTester.of(new RequiredMetadataRule(), new KubernetesLanguage(), "app.yaml");
        assertEquals(List.of(), plain.findings("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n"));
    }

    @Test
    void messagesAndPeers() {
        String source = """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: a
                  labels: {app.kubernetes.io/name: shop}
                  annotations: {email: x@elsewhere.org, ticket: t}
                """;
        var findings = tester.findings(source);
        assertEquals(2, findings.size(), RuleTester.describe(findings));
        assertEquals("ConfigMap/a lacks the required label \"owner\"", findings.get(0).message());
        assertEquals(List.of(PeerId.of(PeerId.KUBE_LINTER, "required-label-owner")), findings.get(0).peers());
        assertEquals("The annotation \"email\" of ConfigMap/a does not match the required pattern"
                + " [^@\\s]+@example\\.com", findings.get(1).message());
        assertEquals(List.of(PeerId.of(PeerId.KUBE_LINTER, "required-annotation-email")), findings.get(1).peers());
    }
}
