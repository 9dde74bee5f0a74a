package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.config.Config;
import dev.plumbline.config.RuleSetting;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HostPathVolumeRuleTest {

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n";
    static final Config ON = new Config(Map.of("k8s/host-path-volume", RuleSetting.severity(Severity.INFORMATION)),
            List.of(), null, null, Map.of());

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new HostPathVolumeRule(), new KubernetesLanguage(), "deploy.yaml").withConfig(ON);

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("the volume, and each writable mount of it", POD + """
                          initContainers:
                            - name: init
                              volumeMounts:
                                - «name: data»
                                  mountPath: /data
                          containers:
                            - name: app
                              volumeMounts:
                                - {name: data, mountPath: /data, readOnly: true}
                                - {name: tmp, mountPath: /tmp}
                                - {«name: data», mountPath: /also}
                          volumes:
                            - name: data
                              «hostPath»:
                                path: /srv/data
                            - name: tmp
                              emptyDir: {}
                        """),
                RuleCase.flags("a volume nobody mounts is still reported", POD + """
                          containers: [{name: a}]
                          volumes: [{name: x, «hostPath»: {path: /x}}]
                        """),
                RuleCase.passes("no hostPath", POD + """
                          containers: [{name: a, volumeMounts: [{name: x, mountPath: /x}]}]
                          volumes: [{name: x, configMap: {name: c}}]
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void offByDefault() {
        RuleTester<KubernetesFile> plain = RuleTester.of(new HostPathVolumeRule(), new KubernetesLanguage(), "deploy.yaml");
        assertEquals(List.of(), plain.findings(POD + "  volumes: [{name: x, hostPath: {path: /x}}]\n"));
    }

    @Test
    void messagesAndPeerIds() {
        var findings = tester.findings(POD + """
                  containers:
                    - name: web
                      volumeMounts: [{name: logs, mountPath: /var/log}]
                  volumes: [{name: logs, hostPath: {path: /var/log/}}]
                """);
        assertEquals(List.of("Container \"web\" mounts hostPath volume \"logs\" (/var/log) writable, so it can change files"
                        + " on the node", "hostPath volume \"logs\" mounts the node's /var/log into the pod"),
                findings.stream().map(f -> f.message()).toList());
        assertEquals(List.of(List.of(HostPathVolumeRule.KL), List.of(HostPathVolumeRule.POL)),
                findings.stream().map(f -> f.peers()).toList());
    }

    @Test
    void theFixMakesTheMountReadOnly() {
        tester.assertFix(POD + """
                  containers:
                    - name: web
                      volumeMounts:
                        - «name: logs»
                          mountPath: /var/log # node logs
                  volumes:
                    - name: logs
                      hostPath: {path: /var/log}
                """, HostPathVolumeRule.FIX_TITLE, POD + """
                  containers:
                    - name: web
                      volumeMounts:
                        - name: logs
                          mountPath: /var/log # node logs
                          readOnly: true
                  volumes:
                    - name: logs
                      hostPath: {path: /var/log}
                """);
        tester.assertFix(POD + """
                  containers:
                    - name: web
                      volumeMounts: [{«name: logs», mountPath: /var/log, readOnly: false}]
                  volumes: [{name: logs, hostPath: {path: /var/log}}]
                """, HostPathVolumeRule.FIX_TITLE, POD + """
                  containers:
                    - name: web
                      volumeMounts: [{name: logs, mountPath: /var/log, readOnly: true}]
                  volumes: [{name: logs, hostPath: {path: /var/log}}]
                """);
    }
}
