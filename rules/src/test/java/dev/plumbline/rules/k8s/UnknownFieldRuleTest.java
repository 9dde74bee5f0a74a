package dev.plumbline.rules.k8s;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UnknownFieldRuleTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
            """;

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new UnknownFieldRule(), new KubernetesLanguage(), "deploy.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("a typo in a container", DEPLOYMENT + """
                              containers:
                                - name: web
                                  image: nginx:1.27
                                  «imagePullPolcy»: Always
                        """),
                RuleCase.flags("a field at the wrong level, and at the root", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                          name: web
                        «specs»: {}
                        spec:
                          selector: {matchLabels: {app: web}}
                          «containers»: []
                          template:
                            metadata: {labels: {app: web}}
                            spec:
                              containers: [{name: web, image: "nginx:1.27"}]
                        """),
                RuleCase.flags("pod-level allowPrivilegeEscalation does not exist", DEPLOYMENT + """
                              securityContext:
                                runAsNonRoot: true
                                «allowPrivilegeEscalation»: false
                              containers: [{name: web, image: "nginx:1.27"}]
                        """),
                RuleCase.flags("flow mappings, quoted keys, items of a List", """
                        apiVersion: v1
                        kind: List
                        items:
                          - apiVersion: v1
                            kind: ConfigMap
                            metadata: {name: c, «labelz»: {a: b}}
                            data: {k: v}
                          - apiVersion: v1
                            kind: Service
                            metadata:
                              name: s
                            spec:
                              «"selectr"»: {app: web}
                        """),
                RuleCase.flags("a custom resource checked against its CRD in the same file", """
                        apiVersion: apiextensions.k8s.io/v1
                        kind: CustomResourceDefinition
                        metadata:
                          name: widgets.example.com
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
                                        size: {type: integer}
                                        extra: {type: object, x-kubernetes-preserve-unknown-fields: true}
                        ---
                        apiVersion: example.com/v1
                        kind: Widget
                        metadata:
                          name: w
                        spec:
                          size: 3
                          «colour»: red
                          extra: {anything: goes}
                        """),
                RuleCase.flags("CRLF line endings", "apiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: c\r\n"
                        + "  «nmespace»: x\r\n"),
                RuleCase.passes("a complete deployment", DEPLOYMENT + """
                              containers:
                                - name: web
                                  image: nginx:1.27
                                  imagePullPolicy: Always
                                  ports: [{containerPort: 8080, name: http}]
                        """),
                RuleCase.passes("custom resources without a CRD, kustomizations, other YAML", """
                        apiVersion: example.com/v1
                        kind: Widget
                        metadata: {name: w}
                        spec: {anything: goes}
                        ---
                        apiVersion: kustomize.config.k8s.io/v1beta1
                        kind: Kustomization
                        resources: [deploy.yaml]
                        ---
                        just: some yaml
                        """),
                RuleCase.passes("status, merge keys, patch directives and placeholders", """
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: p
                          labels: &labels {app: web}
                          annotations:
                            <<: {a: b}
                        spec:
                          $setElementOrder/containers: [{name: web}]
                          ${EXTRA_KEY}: value
                          containers:
                            - <<: &base {image: "nginx:1.27"}
                              name: web
                              $patch: replace
                        status:
                          phase: Running
                          whatever: ignored
                        """),
                RuleCase.passes("empty file and garbage", "\t: : ["));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messagesSayWhatWasMeantOrWhereItBelongs() {
        tester.assertMessage(DEPLOYMENT + "      containers: [{name: web, image: \"nginx:1.27\", imagePullPolcy: Always}]\n",
                "Unknown field \"imagePullPolcy\" in Container \"web\"; did you mean \"imagePullPolicy\"?");
        tester.assertMessage("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  containers: []\n",
                "Unknown field \"containers\" in DeploymentSpec; it belongs under template.spec");
        tester.assertMessage(DEPLOYMENT + "      securityContext: {readOnlyRootFilesystem: true}\n      containers: []\n",
                "Unknown field \"readOnlyRootFilesystem\" in PodSecurityContext; it is a container setting: set it in"
                        + " each container's securityContext");
    }

    @Test
    void aFieldAlreadyWrittenIsNotSuggested() {
        tester.assertMessage("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, labels: {}, labelz: {}}\n",
                "Unknown field \"labelz\" in ObjectMeta");
    }

    @Test
    void renamesToTheNearestField() {
        tester.assertFix(DEPLOYMENT + """
                      containers:
                        - name: web
                          image: nginx:1.27
                          «imagePullPolcy»: Always # keep
                """, "Rename to \"imagePullPolicy\"", DEPLOYMENT + """
                      containers:
                        - name: web
                          image: nginx:1.27
                          imagePullPolicy: Always # keep
                """);
        tester.assertFix("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, 'Labels': {a: b}}\n",
                "Rename to \"labels\"", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, 'labels': {a: b}}\n");
    }
}
