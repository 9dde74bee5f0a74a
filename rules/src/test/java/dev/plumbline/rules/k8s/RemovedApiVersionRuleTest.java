package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.config.Config;
import dev.plumbline.engine.Finding;
import dev.plumbline.engine.PeerId;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RemovedApiVersionRuleTest {

    static final String OLD_DEPLOYMENT = """
            apiVersion: extensions/v1beta1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 2
              template:
                metadata:
                  labels:
                    app: web
                    tier: "frontend"
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
            """;

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new RemovedApiVersionRule(), new KubernetesLanguage(), "app.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("versions no longer served", """
                        apiVersion: «extensions/v1beta1»
                        kind: Ingress
                        metadata: {name: a}
                        ---
                        apiVersion: «policy/v1beta1»
                        kind: PodDisruptionBudget
                        metadata: {name: b}
                        ---
                        apiVersion: «batch/v1beta1»
                        kind: CronJob
                        metadata: {name: c}
                        ---
                        apiVersion: «policy/v1beta1»
                        kind: PodSecurityPolicy
                        metadata: {name: d}
                        """),
                RuleCase.passes("served versions and custom resources", """
                        apiVersion: policy/v1
                        kind: PodDisruptionBudget
                        ---
                        apiVersion: example.com/v1beta1
                        kind: CronJob
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messagesNameTheReleaseAndTheReplacement() {
        tester.assertMessage("apiVersion: batch/v1beta1\nkind: CronJob\n",
                "batch/v1beta1 CronJob is no longer served since Kubernetes 1.25; use batch/v1");
        tester.assertMessage("apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\n",
                "policy/v1beta1 PodSecurityPolicy is no longer served since Kubernetes 1.25; the kind itself was removed");
    }

    @Test
    void peerIdsFitTheGroup() {
        Finding extensions = tester.onlyFinding("apiVersion: extensions/v1beta1\nkind: Ingress\n");
        assertEquals(List.of(PeerId.of(PeerId.KUBE_LINTER, "no-extensions-v1beta"), PeerId.of(PeerId.KUBE_SCORE,
                "stable-version")), extensions.peers());
        Finding policy = tester.onlyFinding("apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\n");
        assertEquals(List.of(PeerId.of(PeerId.KUBE_SCORE, "stable-version")), policy.peers());
    }

    @Test
    void anOlderTargetReleaseStillServesIt() {
        RuleTester<KubernetesFile> old = RuleTester.of(new RemovedApiVersionRule(), new KubernetesLanguage(), "app.yaml")
                .withConfig(new Config(Map.of(), List.of(), null, null, Map.of("k8s.version", "1.24")));
        old.verify(RuleCase.passes("1.24 still serves policy/v1beta1", "apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\n"));
        old.verify(RuleCase.flags("but not extensions/v1beta1 Deployment",
                "apiVersion: «extensions/v1beta1»\nkind: Deployment\n"));
    }

    @Test
    void movesAWorkloadToAppsV1WritingTheSelectorItNowNeeds() {
        tester.assertFix(OLD_DEPLOYMENT, "Use apps/v1", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  replicas: 2
                  template:
                    metadata:
                      labels:
                        app: web
                        tier: "frontend"
                    spec:
                      containers:
                        - name: web
                          image: nginx:1.27
                  selector:
                    matchLabels:
                      app: web
                      tier: "frontend"
                """);
        tester.assertFix("apiVersion: «policy/v1beta1»\nkind: PodDisruptionBudget\nmetadata: {name: p}\n"
                + "spec: {minAvailable: 1, selector: {matchLabels: {app: web}}}\n", "Use policy/v1",
                "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: p}\n"
                        + "spec: {minAvailable: 1, selector: {matchLabels: {app: web}}}\n");
    }

    @Test
    void noFixWhenTheObjectDoesNotFitTheNewVersion() {
        Finding ingress = tester.onlyFinding("""
                apiVersion: extensions/v1beta1
                kind: Ingress
                metadata: {name: i}
                spec:
                  backend: {serviceName: web, servicePort: 80}
                """);
        assertEquals(List.of(), ingress.fixes());
    }
}
