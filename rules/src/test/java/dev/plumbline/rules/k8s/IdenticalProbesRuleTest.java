package dev.plumbline.rules.k8s;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IdenticalProbesRuleTest {

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new IdenticalProbesRule(), new KubernetesLanguage(), "deploy.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("same handler whatever the timing; a named port counts as its number", POD + """
                          containers:
                            - name: a
                              ports: [{name: http, containerPort: 8080}]
                              «livenessProbe»:
                                httpGet: {path: /healthz, port: http}
                                periodSeconds: 30
                              readinessProbe:
                                httpGet: {path: /healthz, port: 8080, scheme: HTTP}
                            - name: b
                              «livenessProbe»: {tcpSocket: {port: 5432}}
                              readinessProbe: {tcpSocket: {port: 5432}, failureThreshold: 1}
                            - name: c
                              «livenessProbe»: {exec: {command: [pg_isready, -q]}}
                              readinessProbe: {exec: {command: [pg_isready, -q]}}
                            - name: d
                              «livenessProbe»: {grpc: {port: 9090}}
                              readinessProbe: {grpc: {port: 9090}}
                            - name: e
                              «livenessProbe»: {httpGet: {port: 80}}
                              readinessProbe: {httpGet: {path: /, port: 80}}
                        """),
                RuleCase.passes("different paths, ports, handlers, services, commands, or one probe", POD + """
                          containers:
                            - name: a
                              livenessProbe: {httpGet: {path: /livez, port: 8080}}
                              readinessProbe: {httpGet: {path: /readyz, port: 8080}}
                            - name: b
                              livenessProbe: {tcpSocket: {port: 8080}}
                              readinessProbe: {httpGet: {path: /, port: 8080}}
                            - name: c
                              livenessProbe: {grpc: {port: 9090}}
                              readinessProbe: {grpc: {port: 9090, service: ready}}
                            - name: d
                              livenessProbe: {exec: {command: [a]}}
                              readinessProbe: {exec: {command: [b]}}
                            - name: e
                              livenessProbe: {tcpSocket: {port: 1}}
                            - name: f
                              livenessProbe: {httpGet: {path: /, port: 80, scheme: HTTPS}}
                              readinessProbe: {httpGet: {path: /, port: 80}}
                            - name: g
                              livenessProbe: {initialDelaySeconds: 5}
                              readinessProbe: {initialDelaySeconds: 5}
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void message() {
        tester.assertMessage(POD + "  containers:\n    - name: web\n      livenessProbe: {tcpSocket: {port: 80}}\n"
                + "      readinessProbe: {tcpSocket: {port: 80}}\n", "The liveness and readiness probes of Container"
                + " \"web\" run the same tcpSocket check, so when it is slow or a dependency fails it is restarted instead"
                + " of just taken out of rotation");
    }
}
