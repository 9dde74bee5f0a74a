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

class InvalidNameRuleTest {

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new InvalidNameRule(), new KubernetesLanguage(), "app.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("object names by kind", """
                        apiVersion: v1
                        kind: ConfigMap
                        metadata: {name: «My_Config»}
                        ---
                        apiVersion: v1
                        kind: Service
                        metadata: {name: «1st-service»}
                        ---
                        apiVersion: v1
                        kind: Namespace
                        metadata: {name: «team.a»}
                        ---
                        apiVersion: batch/v1
                        kind: CronJob
                        metadata: {name: «a-cron-job-name-that-is-much-too-long-for-the-jobs-it-makes»}
                        ---
                        apiVersion: rbac.authorization.k8s.io/v1
                        kind: ClusterRole
                        metadata: {name: «a/b»}
                        """),
                RuleCase.flags("containers, ports, volumes, labels, annotations, selectors", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                          name: web
                          labels: {«-bad-key»: ok, app: «web app»}
                          annotations: {«example.com/»: x, «Example.com/a»: y}
                        spec:
                          selector:
                            matchLabels: {app: «web app»}
                          template:
                            metadata:
                              labels: {app: «web app»}
                            spec:
                              nodeSelector: {«disk type»: ssd}
                              containers:
                                - name: «Web»
                                  image: nginx:1.27
                                  ports: [{containerPort: 80, name: «http-port-number-one»}, {containerPort: 81, name: «"8080"»}]
                              volumes: [{name: «data_dir», emptyDir: {}}]
                        ---
                        apiVersion: v1
                        kind: Service
                        metadata: {name: web}
                        spec:
                          selector: {app: «web app»}
                          ports: [{name: «HTTP», port: 80, targetPort: «web--http»}]
                        """),
                RuleCase.passes("valid names, RBAC colons, placeholders, custom resources", """
                        apiVersion: rbac.authorization.k8s.io/v1
                        kind: ClusterRole
                        metadata:
                          name: system:aggregate-to-view
                          labels: {rbac.authorization.k8s.io/aggregate-to-view: "true", Version: V1.2_b}
                          annotations: {kubernetes.io/description: anything at all}
                        ---
                        apiVersion: v1
                        kind: Service
                        metadata: {name: web-1}
                        spec:
                          selector: {app: web}
                          ports: [{name: http, port: 80, targetPort: http-alt}, {port: 81, targetPort: 8081}]
                        ---
                        apiVersion: v1
                        kind: ConfigMap
                        metadata:
                          name: ${NAME}
                          labels: {empty: ""}
                        ---
                        apiVersion: example.com/v1
                        kind: Widget
                        metadata: {name: Not_A_Subdomain}
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messagesSayWhatTheNameMustBe() {
        tester.assertMessage("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: Web_1}]\n",
                "Container name \"Web_1\" is not valid: it must consist of lower-case letters, digits and '-', and start"
                        + " and end with a letter or digit");
        tester.assertMessage("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c, ports: "
                + "[{containerPort: 1, name: metrics-endpoint1}]}]\n",
                "Container port name \"metrics-endpoint1\" is not valid: it is longer than 15 characters");
    }

    @Test
    void peerIdsFitTheName() {
        assertEquals(List.of(PeerId.of(PeerId.KUBE_SCORE, "label-values")), tester.onlyFinding(
                "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, labels: {a: b c}}\n").peers());
        assertEquals(List.of(PeerId.of(PeerId.KUBE_LINTER, "invalid-target-ports")), tester.onlyFinding(
                "apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {ports: [{port: 1, targetPort: x_y}]}\n").peers());
        assertEquals(List.of(), tester.onlyFinding("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: A}\n").peers());
    }

    @Test
    void lowerCasesNamesWhoseOnlyProblemIsCase() {
        tester.assertFix("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: «App-Config»\n", "Use \"app-config\"",
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\n");
        assertEquals(List.of(), tester.onlyFinding("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: App_Config}\n")
                .fixes());
    }
}
