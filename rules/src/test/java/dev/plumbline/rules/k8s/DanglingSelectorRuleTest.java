package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.engine.PeerId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DanglingSelectorRuleTest {

    private final CrossFileTester tester = CrossFileTester.of(new DanglingSelectorRule())
            .file("app/deployment.yaml", DanglingServiceRuleTest.DEPLOYMENT);

    @Test
    void flagsAPdbSelectingNothing() {
        tester.verify("app/pdb.yaml", """
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata: {name: web}
                spec:
                  maxUnavailable: 1
                  «selector»:
                    matchLabels: {app: wbe}
                """);
    }

    @Test
    void flagsANetworkPolicyAndItsPeersSelectingNothing() {
        tester.verify("app/netpol.yaml", """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: web}
                spec:
                  «podSelector»:
                    matchExpressions:
                      - {key: app, operator: In, values: [api]}
                  ingress:
                    - from:
                        - «podSelector»: {matchLabels: {app: frontend}}
                        - podSelector: {matchLabels: {app: web}}
                        - namespaceSelector: {}
                          podSelector: {matchLabels: {app: prometheus}}
                """);
    }

    @Test
    void stampsEachFindingWithItsPeerId() {
        List<PeerId> peers = tester.findings("app/netpol.yaml", """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: web}
                spec:
                  podSelector: {matchLabels: {app: web}}
                  egress:
                    - to:
                        - podSelector: {matchLabels: {app: db}}
                """).get(0).peers();
        assertEquals(List.of(PeerId.of(PeerId.KUBE_LINTER, "dangling-networkpolicypeer-podselector")), peers);
    }

    @Test
    void passesMatchingAndEmptySelectors() {
        tester.passes("app/pdb.yaml", """
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata: {name: web}
                spec:
                  minAvailable: 1
                  selector: {matchLabels: {app: web}}
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: deny-all}
                spec:
                  podSelector: {}
                """);
    }

    @Test
    void staysQuietWithoutWorkloadsInScope() {
        CrossFileTester.of(new DanglingSelectorRule()).passes("app/pdb.yaml", """
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata: {name: web}
                spec:
                  selector: {matchLabels: {app: wbe}}
                """);
    }
}
