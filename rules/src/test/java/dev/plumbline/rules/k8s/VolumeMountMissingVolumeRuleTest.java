package dev.plumbline.rules.k8s;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class VolumeMountMissingVolumeRuleTest {

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new VolumeMountMissingVolumeRule(), new KubernetesLanguage(), "pod.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("mounts and devices naming no volume, in every list", POD + """
                          volumes:
                            - name: data
                              emptyDir: {}
                          initContainers:
                            - name: init
                              image: busybox:1.36
                              volumeMounts: [{name: «cache», mountPath: /cache}]
                          containers:
                            - name: app
                              image: example/app:1.0
                              volumeMounts:
                                - name: data
                                  mountPath: /data
                                - name: «"config"»
                                  mountPath: /etc/app
                              volumeDevices:
                                - {name: «block», devicePath: /dev/xvda}
                        """),
                RuleCase.flags("a pod without volumes", """
                        apiVersion: apps/v1
                        kind: Deployment
                        spec:
                          selector: {matchLabels: {app: a}}
                          template:
                            spec:
                              containers:
                                - name: app
                                  image: example/app:1.0
                                  volumeMounts: [{name: «tmp», mountPath: /tmp}]
                        """),
                RuleCase.passes("patch-like objects get their volumes from the base", """
                        apiVersion: apps/v1
                        kind: Deployment
                        spec:
                          template:
                            spec:
                              containers:
                                - name: app
                                  image: example/app:1.0
                                  volumeMounts: [{name: tmp, mountPath: /tmp}]
                        ---
                        apiVersion: v1
                        kind: Pod
                        spec:
                          containers:
                            - name: app
                              volumeMounts: [{name: tmp, mountPath: /tmp}]
                        """),
                RuleCase.passes("StatefulSet claim templates count as volumes", """
                        apiVersion: apps/v1
                        kind: StatefulSet
                        spec:
                          volumeClaimTemplates:
                            - metadata: {name: data}
                          template:
                            spec:
                              volumes: [{name: config, configMap: {name: c}}]
                              containers:
                                - name: db
                                  volumeMounts: [{name: data, mountPath: /data}, {name: config, mountPath: /etc}]
                        """),
                RuleCase.passes("volumes that cannot all be read are not judged", POD + """
                          volumes: *undefined
                          containers:
                            - volumeMounts: [{name: x}]
                        ---
                        """ + POD + """
                          volumes:
                            - name: [a]
                          containers:
                            - volumeMounts: [{name: x}]
                        ---
                        """ + POD + """
                          volumes: data
                          containers:
                            - volumeMounts: [{name: x}]
                        """),
                RuleCase.passes("mounts without a readable name; garbage shapes", POD + """
                          volumes: []
                          containers:
                            - volumeMounts: [{mountPath: /x}, {name: ~}, {name: [a]}, x]
                            - volumeMounts: data
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
    void messageNamesTheMountAndTheContainer() {
        tester.assertMessage(POD + "  containers:\n    - name: app\n      image: a:1\n"
                + "      volumeMounts: [{name: data, mountPath: /d}]\n",
                "Volume mount \"data\" of Container \"app\" names no volume of the pod, so the API server rejects the"
                        + " Pod; add it to the pod's volumes or fix the name");
    }
}
