package dev.plumbline.rules.k8s;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WrongTypeRuleTest {

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new WrongTypeRule(), new KubernetesLanguage(), "pod.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("strings, numbers and booleans in the wrong place", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                          name: web
                          labels:
                            version: «1.0»
                            enabled: «yes»
                            tier: «on»
                            release: «0755»
                        spec:
                          replicas: «"3"»
                          paused: «"true"»
                          selector: «[app]»
                          template:
                            spec:
                              containers: «{name: web}»
                        """),
                RuleCase.flags("env values must be strings", POD + """
                          containers:
                            - name: web
                              image: nginx:1.27
                              env:
                                - {name: PORT, value: «8080»}
                                - {name: DEBUG, value: «false»}
                                - {name: RATIO, value: «0.5»}
                                - {name: OK, value: "8080"}
                        """),
                RuleCase.flags("quantities", POD + """
                          containers:
                            - name: web
                              image: nginx:1.27
                              resources:
                                requests: {cpu: 0.5, memory: 128Mi}
                                limits: {cpu: «"two"», memory: «512mb», ephemeral-storage: «true»}
                        """),
                RuleCase.flags("int-or-string ports and a float where an integer goes", """
                        apiVersion: v1
                        kind: Service
                        metadata:
                          name: s
                        spec:
                          ports:
                            - port: «80.5»
                              targetPort: «8080.5»
                            - port: 443
                              targetPort: «true»
                        """),
                RuleCase.flags("secret data must be base64", """
                        apiVersion: v1
                        kind: Secret
                        metadata:
                          name: s
                        data:
                          good: aGVsbG8=
                          bad: «not base64!»
                        stringData:
                          free: not base64 and fine
                        """),
                RuleCase.passes("what kubectl accepts", POD + """
                          terminationGracePeriodSeconds: 30.0
                          hostNetwork: yes
                          containers:
                            - name: web
                              image: nginx:1.27
                              args: ["--port", "8080"]
                              ports: [{containerPort: 8080, protocol: TCP}]
                              resources:
                                limits: {cpu: 1, memory: 1e9, nvidia.com/gpu: 1}
                                requests: {cpu: 500m, memory: "256Mi"}
                              livenessProbe:
                                httpGet: {port: http, path: /}
                          volumes:
                            - name: config
                              configMap: {name: c, defaultMode: 0644}
                        """),
                RuleCase.passes("nulls, placeholders, aliases to right values, tags", POD + """
                          priority: ${PRIORITY}
                          nodeName: !!str 12345
                          hostname:
                          containers:
                            - name: &n web
                              image: nginx:1.27
                              workingDir: *n
                              env: [{name: A, value: ~}]
                        """),
                RuleCase.passes("custom resources without a CRD are not judged", """
                        apiVersion: example.com/v1
                        kind: Widget
                        metadata: {name: w, labels: {version: 1.0}}
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messagesExplainWhatYamlMadeOfTheValue() {
        tester.assertMessage("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, labels: {enabled: yes}}\n",
                "labels.enabled of ObjectMeta must be a string, but yes is read as a boolean (YAML 1.1 reads yes, no, on,"
                        + " off, y and n as booleans); quote it");
        tester.assertMessage("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec: {replicas: \"3\"}\n",
                "replicas of DeploymentSpec must be an integer, but \"3\" is a string");
        tester.assertMessage(POD + "  containers: [{name: web, image: \"x:1\", resources: {limits: {memory: 512mb}}}]\n",
                "limits.memory of ResourceRequirements must be a quantity (a number with an optional suffix, such as 500m,"
                        + " 128Mi or 2Gi), but 512mb is not a quantity");
    }

    @Test
    void neverRepeatsWhatMayBeASecret() {
        tester.assertMessage("apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata: {password: hunter2!}\n",
                "data.password of Secret \"s\" must be base64-encoded data, but the value is not valid base64");
        tester.assertMessage(POD + "  containers: [{name: web, image: \"x:1\", env: [{name: DB_PASSWORD, value: 123456}]}]\n",
                "value of EnvVar \"DB_PASSWORD\" must be a string, but the value is read as an integer; quote it");
    }

    @Test
    void quotesTheValueKeepingItsText() {
        tester.assertFix("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels:\n    version: «1.10» # release\n",
                WrongTypeRule.QUOTE,
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels:\n    version: \"1.10\" # release\n");
        tester.assertFix("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {enabled: «on»}\n", WrongTypeRule.QUOTE,
                "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {enabled: \"on\"}\n");
    }
}
