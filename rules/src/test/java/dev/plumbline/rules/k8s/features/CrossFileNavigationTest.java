package dev.plumbline.rules.k8s.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.features.TargetLocation;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.MarkedSource;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import dev.plumbline.workspace.WorkspaceIndex;
import dev.plumbline.workspace.WorkspaceScanner;
import dev.plumbline.workspace.WorkspaceView;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Go to definition into other files of the workspace: the targets the index knows in the file's scope
 * (its kustomize build, else its folder and below), each at its {@code metadata.name} value. {@code «»}
 * marks the cursor.
 */
class CrossFileNavigationTest {

    private static final Path ROOT = Path.of("/repo").toAbsolutePath();
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
                  serviceAccountName: web
                  containers:
                    - name: web
                      image: nginx:1.27
            """;
    private static final String SERVICE = """
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            spec:
              selector:
                app: w«»eb
              ports:
                - port: 80
            """;

    private final KubernetesFeatures features = new KubernetesFeatures();
    private final Map<String, String> files = new LinkedHashMap<>();

    private CrossFileNavigationTest file(String path, String text) {
        files.put(path, text);
        return this;
    }

    /** Go to definition at the cursor of {@code marked}, the file at {@code self}, in a workspace of the other files. */
    private List<TargetLocation> definition(String self, String marked) {
        MarkedSource source = MarkedSource.parse(marked);
        WorkspaceIndex index = new WorkspaceIndex(ROOT);
        WorkspaceScanner scanner = new WorkspaceScanner(BuiltinRules.registry().factsExtractors());
        files.forEach((path, text) -> scanner.update(index, path, text));
        scanner.update(index, self, source.text());
        index.markComplete();
        TextDocument document = TextDocument.of(uri(self), source.text());
        return features.definition(KubernetesFile.parse(document, Cancellation.NONE), document,
                source.ranges().get(0).start(), Optional.of(new WorkspaceView(index, self)));
    }

    private static String uri(String path) {
        return ROOT.resolve(path).toUri().toString();
    }

    private static TargetLocation at(String path, int line, int start, int end) {
        return new TargetLocation(uri(path), Range.of(line, start, line, end));
    }

    @Test
    void serviceSelectorGoesToTheWorkloadInAnotherFileOfItsFolder() {
        file("app/deployment.yaml", DEPLOYMENT).file("other/deployment.yaml", DEPLOYMENT);
        assertEquals(List.of(at("app/deployment.yaml", 3, 8, 11)), definition("app/service.yaml", SERVICE));
    }

    @Test
    void sameFileTargetsComeFirstThenTheOtherFiles() {
        file("app/deployment.yaml", DEPLOYMENT.replace("name: web\nspec", "name: web2\nspec"));
        List<TargetLocation> targets = definition("app/all.yaml", DEPLOYMENT + "---\n" + SERVICE);
        assertEquals(List.of(at("app/all.yaml", 3, 8, 11), at("app/deployment.yaml", 3, 8, 12)), targets);
    }

    @Test
    void aKustomizeBuildIsTheScopeAndItsPatchesAreNoTargets() {
        file("base/kustomization.yaml", "resources: [deployment.yaml]\n")
                .file("base/deployment.yaml", DEPLOYMENT)
                .file("overlay/kustomization.yaml", "resources: [../base, service.yaml]\npatches:\n  - path: patch.yaml\n")
                .file("overlay/patch.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n"
                        + "spec:\n  template:\n    metadata: {labels: {app: web}}\n");
        assertEquals(List.of(at("base/deployment.yaml", 3, 8, 11)), definition("overlay/service.yaml", SERVICE));
    }

    @Test
    void otherNamespacesAndUnselectedWorkloadsAreNoTargets() {
        file("app/deployment.yaml", DEPLOYMENT.replace("name: web\nspec", "name: web\n  namespace: prod\nspec"))
                .file("app/worker.yaml", DEPLOYMENT.replace("web", "worker"));
        assertEquals(List.of(), definition("app/service.yaml",
                SERVICE.replace("name: web\nspec", "name: web\n  namespace: dev\nspec")));
    }

    @Test
    void ingressBackendGoesToTheServiceInAnotherFile() {
        file("app/service.yaml", SERVICE.replace("«»", ""));
        String ingress = """
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: web}
                spec:
                  rules:
                    - http:
                        paths:
                          - path: /
                            pathType: Prefix
                            backend:
                              service: {name: w«»eb, port: {number: 80}}
                """;
        assertEquals(List.of(at("app/service.yaml", 3, 8, 11)), definition("app/ingress.yaml", ingress));
    }

    @Test
    void hpaScaleTargetGoesToTheWorkloadInThisFileOrAnother() {
        String hpa = """
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: web}
                spec:
                  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: w«»eb}
                  maxReplicas: 4
                """;
        file("app/deployment.yaml", DEPLOYMENT);
        assertEquals(List.of(at("app/deployment.yaml", 3, 8, 11)), definition("app/hpa.yaml", hpa));
        files.clear();
        assertEquals(List.of(at("app/all.yaml", 3, 8, 11)), definition("app/all.yaml", DEPLOYMENT + "---\n" + hpa));
    }

    @Test
    void podReferencesGoToTheConfigMapSecretAndServiceAccount() {
        file("app/config.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: settings
                ---
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: web
                """);
        String pod = """
                apiVersion: v1
                kind: Pod
                metadata: {name: web}
                spec:
                  serviceAccountName: w«»eb
                  containers:
                    - name: web
                      image: nginx:1.27
                      env:
                        - name: MODE
                          valueFrom: {configMapKeyRef: {name: settings, key: mode}}
                """;
        assertEquals(List.of(at("app/config.yaml", 8, 8, 11)), definition("app/pod.yaml", pod));
        assertEquals(List.of(at("app/config.yaml", 3, 8, 16)), definition("app/pod.yaml",
                pod.replace("w«»eb", "web").replace("name: settings", "name: sett«»ings")));
    }

    @Test
    void withoutAWorkspaceOnlyTheFileItselfIsSearched() {
        MarkedSource source = MarkedSource.parse(SERVICE);
        TextDocument document = TextDocument.of(uri("app/service.yaml"), source.text());
        assertEquals(List.of(), features.definition(KubernetesFile.parse(document, Cancellation.NONE), document,
                source.ranges().get(0).start(), Optional.empty()));
    }
}
