package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DeprecatedAnnotationRuleTest {

    private static final String FIX = DeprecatedAnnotationRule.FIX_TITLE;
    private static final String INGRESS = "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new DeprecatedAnnotationRule(), new KubernetesLanguage(), "app.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("the Ingress class annotation on an Ingress", INGRESS + """
                          annotations:
                            «kubernetes.io/ingress.class»: nginx
                        spec: {}
                        """),
                RuleCase.flags("seccomp, AppArmor and critical-pod annotations, on objects and pod templates", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                          annotations:
                            «scheduler.alpha.kubernetes.io/critical-pod»: ""
                        spec:
                          template:
                            metadata:
                              annotations:
                                «seccomp.security.alpha.kubernetes.io/pod»: runtime/default
                                «container.seccomp.security.alpha.kubernetes.io/web»: runtime/default
                                «container.apparmor.security.beta.kubernetes.io/web»: runtime/default
                            spec:
                              containers: [{name: web}]
                        ---
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          annotations: {«"container.apparmor.security.beta.kubernetes.io/app"»: unconfined}
                        """),
                RuleCase.passes("current fields and unrelated annotations; the class annotation elsewhere", INGRESS + """
                          annotations:
                            nginx.ingress.kubernetes.io/rewrite-target: /
                        spec:
                          ingressClassName: nginx
                        ---
                        apiVersion: cert-manager.io/v1
                        kind: Issuer
                        metadata:
                          annotations: {kubernetes.io/ingress.class: nginx}
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
    void messagesNameTheReplacement() {
        tester.assertMessage(INGRESS + "  annotations: {kubernetes.io/ingress.class: nginx}\n",
                "Annotation \"kubernetes.io/ingress.class\" is deprecated; set spec.ingressClassName (Kubernetes 1.18+)"
                        + " instead");
        tester.assertMessage("apiVersion: v1\nkind: Pod\nmetadata:\n  annotations:\n"
                + "    seccomp.security.alpha.kubernetes.io/pod: runtime/default\n", "Annotation"
                + " \"seccomp.security.alpha.kubernetes.io/pod\" is superseded by securityContext.seccompProfile"
                + " (Kubernetes 1.19), and current clusters no longer apply it");
    }

    @Nested
    class QuickFix {

        @Test
        void movesTheClassIntoTheSpec() {
            tester.assertFix(INGRESS + """
                      annotations:
                        kubernetes.io/ingress.class: "nginx" # legacy
                        nginx.ingress.kubernetes.io/rewrite-target: /
                    spec:
                      rules:
                        - host: example.com
                    """, FIX, INGRESS + """
                      annotations:
                        nginx.ingress.kubernetes.io/rewrite-target: /
                    spec:
                      rules:
                        - host: example.com
                      ingressClassName: "nginx"
                    """);
        }

        @Test
        void leavesEmptyAnnotationsValid() {
            tester.assertFix(INGRESS + "  annotations: {kubernetes.io/ingress.class: nginx}\nspec: {rules: []}\n", FIX,
                    INGRESS + "  annotations: {}\nspec: {rules: [], ingressClassName: nginx}\n");
            tester.assertFix(INGRESS + "  annotations:\n    kubernetes.io/ingress.class: nginx\nspec:\n  rules: []\n", FIX,
                    INGRESS + "  annotations:\nspec:\n  rules: []\n  ingressClassName: nginx\n");
        }

        @Test
        void noFixWhenTheSpecAlreadyNamesAClassOrTheApiIsOld() {
            assertEquals(List.of(), tester.onlyFinding(INGRESS + "  annotations: {kubernetes.io/ingress.class: a}\n"
                    + "spec: {ingressClassName: b}\n").fixes());
            assertEquals(List.of(), tester.onlyFinding("apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata:\n"
                    + "  annotations: {kubernetes.io/ingress.class: a}\nspec: {}\n").fixes());
        }
    }
}
