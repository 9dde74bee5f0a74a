package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SensitiveHostMountRuleTest {

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers: [{name: a}]\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new SensitiveHostMountRule(), new KubernetesLanguage(), "deploy.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("system directories, with stray slashes, and runtime sockets", POD + """
                          volumes:
                            - name: root
                              hostPath: {path: «/»}
                            - name: etc
                              hostPath:
                                path: «/etc/»
                            - name: kubelet
                              hostPath:
                                path: «"/var/lib//kubelet"»
                                type: Directory
                            - name: docker
                              hostPath: {path: «/var/run/docker.sock», type: Socket}
                            - name: containerd
                              hostPath: {path: «/run/containerd/containerd.sock»}
                            - name: crio
                              hostPath: {path: «/var/run/crio/crio.sock»}
                            - name: dev
                              hostPath: {path: «/dev»}
                        """),
                RuleCase.passes("subdirectories and other volumes", POD + """
                          volumes:
                            - name: plugins
                              hostPath: {path: /var/lib/kubelet/plugins}
                            - name: logs
                              hostPath: {path: /var/log}
                            - name: etc-app
                              hostPath: {path: /etc/app}
                            - name: tmp
                              emptyDir: {}
                            - name: weird
                              hostPath: {path: [1, 2]}
                            - name: empty
                              hostPath:
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void eachFindingCarriesTheKubeLinterCheckThatFits() {
        var findings = tester.findings(POD + """
                  volumes:
                    - name: docker
                      hostPath: {path: /var/run/docker.sock}
                    - name: sys
                      hostPath: {path: /sys}
                """);
        assertEquals(List.of(List.of(SensitiveHostMountRule.KL_DOCKER_SOCK), List.of(SensitiveHostMountRule.KL_SENSITIVE)),
                findings.stream().map(f -> f.peers()).toList());
        assertEquals("hostPath volume \"docker\" mounts the container runtime socket /var/run/docker.sock, which"
                + " controls every container on the node and so the node itself", findings.get(0).message());
        assertEquals("hostPath volume \"sys\" mounts the node's /sys, exposing the node's system files, devices or"
                + " credentials to the pod", findings.get(1).message());
    }
}
