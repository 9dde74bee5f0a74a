package dev.plumbline.rules.k8s;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InvalidEnumValueRuleTest {

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new InvalidEnumValueRule(), new KubernetesLanguage(), "pod.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("curated enums of the pod and its containers", POD + """
                          restartPolicy: «always»
                          dnsPolicy: «ClusterFirstWithHostNetwork»
                          tolerations: [{key: k, operator: «Equals», effect: NoSchedule}]
                          containers:
                            - name: web
                              image: nginx:1.27
                              imagePullPolicy: «IfNotPresnt»
                              ports: [{containerPort: 53, protocol: «udp»}]
                        """),
                RuleCase.flags("Service type, ingress pathType, list items", """
                        apiVersion: v1
                        kind: Service
                        metadata: {name: s}
                        spec:
                          type: «Loadbalancer»
                          ipFamilies: [IPv4, «IPv5»]
                        ---
                        apiVersion: networking.k8s.io/v1
                        kind: Ingress
                        metadata: {name: i}
                        spec:
                          rules:
                            - http:
                                paths:
                                  - path: /
                                    pathType: «prefix»
                                    backend: {service: {name: s, port: {number: 80}}}
                        """),
                RuleCase.flags("a CRD's enum", """
                        apiVersion: apiextensions.k8s.io/v1
                        kind: CustomResourceDefinition
                        metadata: {name: widgets.example.com}
                        spec:
                          group: example.com
                          scope: Namespaced
                          names: {kind: Widget, plural: widgets}
                          versions:
                            - name: v1
                              served: true
                              storage: true
                              schema:
                                openAPIV3Schema:
                                  type: object
                                  properties:
                                    spec:
                                      type: object
                                      properties:
                                        mode: {type: string, enum: [fast, safe]}
                        ---
                        apiVersion: example.com/v1
                        kind: Widget
                        metadata: {name: w}
                        spec: {mode: «quick»}
                        """),
                RuleCase.passes("allowed values, empty where allowed, placeholders", POD + """
                          restartPolicy: Never
                          tolerations: [{operator: Exists}, {key: k, operator: "", effect: ""}]
                          containers:
                            - name: web
                              image: nginx:1.27
                              imagePullPolicy: ${PULL_POLICY}
                              volumeMounts: [{name: v, mountPath: /v, mountPropagation: HostToContainer}]
                          volumes:
                            - name: v
                              hostPath: {path: /data, type: ""}
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messagesListTheAllowedValues() {
        tester.assertMessage(POD + "  restartPolicy: always\n", "restartPolicy of PodSpec must be one of Always,"
                + " OnFailure, Never, not \"always\"; did you mean \"Always\"?");
        tester.assertMessage(POD + "  dnsPolicy: Cluster\n", "dnsPolicy of PodSpec must be one of ClusterFirstWithHostNet,"
                + " ClusterFirst, Default, None, not \"Cluster\"");
    }

    @Test
    void replacesWithTheNearestValueKeepingQuotes() {
        tester.assertFix(POD + "  restartPolicy: «always»\n", "Replace with \"Always\"", POD + "  restartPolicy: Always\n");
        tester.assertFix(POD + "  containers: [{name: w, image: 'w:1', imagePullPolicy: «'IfNotPresnt'»}]\n",
                "Replace with \"IfNotPresent\"",
                POD + "  containers: [{name: w, image: 'w:1', imagePullPolicy: 'IfNotPresent'}]\n");
    }
}
