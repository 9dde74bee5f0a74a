package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.plumbline.engine.PeerId;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExposedServiceRuleTest {

    private static final String SERVICE = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new ExposedServiceRule(), new KubernetesLanguage(), "svc.yaml")
                    .withConfig(TestConfigs.enabling(ExposedServiceRule.META));

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("NodePort and LoadBalancer", SERVICE + """
                        spec:
                          type: «NodePort»
                        ---
                        """ + SERVICE + """
                        spec: {type: «"LoadBalancer"»}
                        """),
                RuleCase.passes("ClusterIP, ExternalName, no type; other kinds", SERVICE + """
                        spec: {type: ClusterIP}
                        ---
                        """ + SERVICE + """
                        spec: {type: ExternalName, externalName: db.example.com}
                        ---
                        """ + SERVICE + """
                        spec: {ports: [{port: 80}]}
                        ---
                        apiVersion: serving.knative.dev/v1
                        kind: Service
                        spec: {type: LoadBalancer}
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
    void isOffByDefaultAndStampsPeersPerType() {
        assertFalse(ExposedServiceRule.META.enabledByDefault());
        assertEquals(List.of(PeerId.of(PeerId.KUBE_LINTER, "exposed-services"), PeerId.of(PeerId.KUBE_SCORE, "service-type")),
                tester.onlyFinding(SERVICE + "spec: {type: NodePort}\n").peers());
        var lb = tester.onlyFinding(SERVICE + "spec: {type: LoadBalancer}\n");
        assertEquals(List.of(PeerId.of(PeerId.KUBE_LINTER, "exposed-services")), lb.peers());
        assertEquals("Service of type LoadBalancer gets an external load balancer; expose it through an Ingress or"
                + " Gateway, or make sure it is meant to be public", lb.message());
    }
}
