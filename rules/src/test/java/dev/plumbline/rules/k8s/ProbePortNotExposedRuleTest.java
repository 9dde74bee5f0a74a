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

class ProbePortNotExposedRuleTest {

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new ProbePortNotExposedRule(), new KubernetesLanguage(), "deploy.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("names and numbers of every probe and handler", POD + """
                          initContainers:
                            - name: sidecar
                              restartPolicy: Always
                              startupProbe: {tcpSocket: {port: «admin»}}
                          containers:
                            - name: web
                              ports:
                                - name: http
                                  containerPort: 8080
                                - containerPort: 9090
                              livenessProbe:
                                httpGet: {path: /healthz, port: «8081»}
                              readinessProbe:
                                grpc: {port: «9091»}
                              startupProbe:
                                tcpSocket: {port: «"https"»}
                        """),
                RuleCase.passes("declared names and numbers, hosts, exec, no ports", POD + """
                          containers:
                            - name: web
                              ports: [{name: http, containerPort: 8080}, {containerPort: 9090}]
                              livenessProbe: {httpGet: {path: /, port: http}}
                              readinessProbe: {grpc: {port: 9090}}
                              startupProbe: {httpGet: {host: 10.0.0.1, port: 80}}
                            - name: worker
                              livenessProbe: {tcpSocket: {port: 7000}}
                              readinessProbe: {exec: {command: [cat, /tmp/ready]}}
                            - name: odd
                              livenessProbe: {httpGet: {path: /}}
                              readinessProbe: "nope"
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messagesAndPeerIds() {
        var findings = tester.findings(POD + """
                  containers:
                    - name: web
                      ports: [{name: http, containerPort: 8080}, {containerPort: 9090}]
                      livenessProbe: {httpGet: {port: web}}
                      readinessProbe: {tcpSocket: {port: 8081}}
                """);
        assertEquals(List.of("Liveness probe of Container \"web\" targets port \"web\", which the container does not"
                        + " declare, so the probe can never succeed", "Readiness probe of Container \"web\" targets port"
                        + " 8081, which is not among the container's ports (8080, 9090)"),
                findings.stream().map(f -> f.message()).toList());
        assertEquals(List.of(List.of(PeerId.of(PeerId.KUBE_LINTER, "liveness-port")),
                List.of(PeerId.of(PeerId.KUBE_LINTER, "readiness-port"))), findings.stream().map(f -> f.peers()).toList());
    }

    @Test
    void replacesWithTheOnlyDeclaredPort() {
        tester.assertFix(POD + """
                  containers:
                    - name: web
                      ports:
                        - name: http
                          containerPort: 8080
                      readinessProbe:
                        httpGet:
                          path: /ready
                          port: web # typo
                """, "Use the declared port http", POD + """
                  containers:
                    - name: web
                      ports:
                        - name: http
                          containerPort: 8080
                      readinessProbe:
                        httpGet:
                          path: /ready
                          port: http # typo
                """);
        tester.assertFix(POD + "  containers:\n    - name: web\n      ports: [{name: http, containerPort: 8080}]\n"
                        + "      livenessProbe: {tcpSocket: {port: 8000}}\n", "Use the declared port 8080",
                POD + "  containers:\n    - name: web\n      ports: [{name: http, containerPort: 8080}]\n"
                        + "      livenessProbe: {tcpSocket: {port: 8080}}\n");
    }

    @Test
    void noFixWithSeveralPorts() {
        assertEquals(List.of(), tester.onlyFinding(POD + """
                  containers:
                    - name: web
                      ports: [{containerPort: 80}, {containerPort: 81}]
                      livenessProbe: {tcpSocket: {port: 82}}
                """).fixes());
    }
}
