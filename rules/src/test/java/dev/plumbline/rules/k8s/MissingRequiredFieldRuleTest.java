package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.config.Config;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.RuleRegistry;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import dev.plumbline.text.TextDocument;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MissingRequiredFieldRuleTest {

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new MissingRequiredFieldRule(), new KubernetesLanguage(), "app.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("a deployment without selector, a container without image or name", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                          name: web
                        «spec»:
                          template:
                            metadata:
                              labels: {app: web}
                            spec:
                              containers:
                                - «name: web»
                                «-» image: nginx:1.27
                        """),
                RuleCase.flags("no metadata.name, on metadata or on the kind", """
                        apiVersion: v1
                        kind: ConfigMap
                        «metadata»:
                          labels: {a: b}
                        ---
                        apiVersion: v1
                        «kind: Secret»
                        """),
                RuleCase.flags("empty required values count as missing; OpenAPI sets", """
                        apiVersion: v1
                        kind: Service
                        metadata:
                          name: ""
                        spec:
                          ports:
                            - «name: http»
                              targetPort: 8080
                        ---
                        apiVersion: batch/v1
                        kind: CronJob
                        metadata: {name: c}
                        «spec»:
                          schedule:
                          jobTemplate:
                            spec:
                              template:
                                spec:
                                  restartPolicy: OnFailure
                                  containers: [{name: c, image: "c:1"}]
                        """.replace("metadata:\n  name: \"\"", "«metadata»:\n  name: \"\"")),
                RuleCase.flags("a custom resource's CRD requires fields", """
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
                                  required: [spec]
                                  properties:
                                    spec:
                                      type: object
                                      required: [size]
                                      properties:
                                        size: {type: integer}
                        ---
                        apiVersion: example.com/v1
                        kind: Widget
                        metadata: {name: a}
                        «spec»: {}
                        ---
                        apiVersion: example.com/v1
                        «kind: Widget»
                        metadata: {name: b}
                        """),
                RuleCase.passes("complete objects, generateName, review kinds", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                          generateName: web-
                        spec:
                          selector: {matchLabels: {app: web}}
                          template:
                            metadata: {labels: {app: web}}
                            spec:
                              containers: [{name: web, image: "nginx:1.27"}]
                        ---
                        apiVersion: authorization.k8s.io/v1
                        kind: SelfSubjectAccessReview
                        spec:
                          resourceAttributes: {verb: get, resource: pods}
                        """),
                RuleCase.passes("a kustomize base whose kustomization adds selector and labels", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                          name: metrics
                        spec:
                          template:
                            spec:
                              containers: [{name: m, image: "m:1"}]
                        """),
                RuleCase.passes("status is the server's; kinds nobody defines are not judged", """
                        apiVersion: v1
                        kind: Pod
                        metadata: {name: p}
                        spec:
                          containers: [{name: c, image: "c:1"}]
                        status:
                          containerStatuses: [{name: c}]
                        ---
                        apiVersion: example.com/v1
                        kind: Widget
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messagesNameTheOwnerAndTheField() {
        tester.assertMessage("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: web\n",
                "Container \"web\" is missing the required field \"image\"");
        tester.assertMessage("apiVersion: v1\nkind: ConfigMap\ndata: {}\n",
                "ConfigMap has no metadata.name (or generateName), which every object needs");
    }

    @Test
    void aFileAKustomizationAppliesAsAPatchIsExemptWhateverItsName() {
        String partial = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 3\n";
        CrossFileTester.of(new MissingRequiredFieldRule())
                .file("overlays/prod/kustomization.yaml", "resources: [../../base]\npatches:\n  - path: replicas.yaml\n")
                .passes("overlays/prod/replicas.yaml", partial);
        CrossFileTester.of(new MissingRequiredFieldRule())
                .file("overlays/prod/kustomization.yaml", "resources: [../../base]\n")
                .verify("overlays/prod/replicas.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n«spec»:\n  replicas: 3\n");
    }

    @Test
    void patchAndAssertFilesHoldPartialObjects() {
        String partial = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 3\n";
        Analyzer analyzer = new Analyzer(RuleRegistry.builder().language(new KubernetesLanguage(),
                List.of(new MissingRequiredFieldRule())).build(), failure -> {
                    throw new AssertionError(failure);
                });
        for (String name : List.of("replica-patch.yaml", "patches/deploy.yaml", "00-assert.yaml")) {
            String expected = name.startsWith("patches/") ? "1" : "0";
            String path = name;
            long count = analyzer.analyze(TextDocument.of("file:///w/" + path, partial), path, Config.DEFAULT,
                    Cancellation.NONE).findings().size();
            assertEquals(expected, Long.toString(count), path);
        }
    }
}
