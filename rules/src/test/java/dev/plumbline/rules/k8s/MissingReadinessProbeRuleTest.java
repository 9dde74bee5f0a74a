package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissingReadinessProbeRuleTest {

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new MissingReadinessProbeRule(), new KubernetesLanguage(), "deploy.yaml");

    @Test
    void flagsRegularContainersOfLongRunningWorkloads() {
        tester.verify(RuleCase.flags("deployment and pod", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  template:
                    spec:
                      initContainers: [{name: init}]
                      containers:
                        - «name: web»
                          livenessProbe: {tcpSocket: {port: 80}}
                        - name: side
                          readinessProbe: {tcpSocket: {port: 81}}
                ---
                apiVersion: batch/v1
                kind: Job
                metadata: {name: j}
                spec:
                  template:
                    spec:
                      containers: [{name: once}]
                """));
        tester.assertMessage(POD + "  containers: [{name: web}]\n", "Container \"web\" has no readinessProbe, so it gets"
                + " traffic as soon as it starts, before it can serve, and during rollouts");
    }

    @Test
    void insertsAnHttpProbeOnAnHttpPortAndATcpProbeOtherwise() {
        tester.assertFix(POD + """
                  containers:
                    - name: web
                      ports:
                        - name: http-api
                          containerPort: 8080
                      livenessProbe:
                        tcpSocket:
                          port: http-api
                """, "Add a readiness probe (httpGet on port http-api)", POD + """
                  containers:
                    - name: web
                      ports:
                        - name: http-api
                          containerPort: 8080
                      livenessProbe:
                        tcpSocket:
                          port: http-api
                      readinessProbe:
                        httpGet:
                          path: /
                          port: http-api
                """);
        tester.assertFix(POD + "  containers:\n    - name: db\n      ports: [{name: pg, containerPort: 5432}]\n",
                "Add a readiness probe (tcpSocket on port pg)",
                POD + "  containers:\n    - name: db\n      ports: [{name: pg, containerPort: 5432}]\n"
                        + "      readinessProbe:\n        tcpSocket:\n          port: pg\n");
    }

    @Test
    void noFixThatWouldCopyTheLivenessProbe() {
        assertEquals(List.of(), tester.onlyFinding(POD + """
                  containers:
                    - name: web
                      ports: [{name: http, containerPort: 8080}]
                      livenessProbe:
                        httpGet: {path: /, port: 8080}
                """).fixes());
    }
}
