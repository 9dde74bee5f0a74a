package dev.plumbline.syntax.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Resources over YAML documents: which documents are resources, and their metadata views. */
class KubernetesFileTest {

    static KubernetesFile parse(String text) {
        return KubernetesFile.parse(TextDocument.of("file:///w/manifest.yaml", text), Cancellation.NONE);
    }

    @Test
    void oneResourcePerDocumentWithApiVersionAndKind() {
        KubernetesFile file = parse("""
                # leading comment
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: a}
                ---
                just: settings
                ---
                - a list
                ---
                kind: NoApiVersion
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                ---
                # only a comment
                """);
        assertEquals(List.of("ConfigMap/a", "Deployment/web"), file.resources().stream().map(K8sResource::describe).toList());
        assertEquals(6, file.yaml().documents().size());
        assertEquals("Deployment/web", file.resourceAt(12).orElseThrow().describe());
        assertTrue(file.resourceAt(5).isEmpty(), "a document without apiVersion and kind is no resource");
    }

    @Test
    void identityAndMetadata() {
        K8sResource r = parse("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                  namespace: shop
                  labels: {app: web, tier: "front"}
                  annotations:
                    plumbline.dev/ignore: latest-tag
                    nested: {not: a string}
                """).resources().get(0);
        assertEquals("apps/v1", r.apiVersion());
        assertEquals("apps", r.group());
        assertEquals("v1", r.version());
        assertEquals("Deployment", r.kind());
        assertEquals(Optional.of("web"), r.name());
        assertEquals(Optional.of("shop"), r.namespace());
        assertEquals(Map.of("app", "web", "tier", "front"), r.labels());
        assertEquals(Map.of("plumbline.dev/ignore", "latest-tag"), r.annotations(), "non-scalar values are left out");
        assertEquals(Range.of(1, 6, 1, 16), r.kindEntry().orElseThrow().value().range());
        assertTrue(r.isWorkload());
    }

    @Test
    void coreGroupHasNoSlash() {
        K8sResource r = parse("apiVersion: v1\nkind: Pod\n").resources().get(0);
        assertEquals("", r.group());
        assertEquals("v1", r.version());
        assertEquals(Optional.empty(), r.name());
        assertEquals("Pod", r.describe());
    }

    @Test
    void garbageShapesAnswerEmpty() {
        KubernetesFile file = parse("""
                apiVersion: [v1]
                kind: {a: b}
                metadata: just a string
                ---
                apiVersion: v1
                kind: Pod
                metadata:
                  name: [x]
                  labels: [a, b]
                  annotations: ~
                spec: null
                """);
        K8sResource first = file.resources().get(0);
        assertEquals("", first.apiVersion());
        assertEquals("", first.kind());
        assertEquals(Optional.empty(), first.metadata());
        assertEquals(Map.of(), first.labels());
        assertFalse(first.isWorkload());
        K8sResource pod = file.resources().get(1);
        assertEquals(Optional.empty(), pod.name());
        assertEquals(Map.of(), pod.labels());
        assertEquals(Map.of(), pod.annotations());
        assertEquals(Optional.empty(), pod.podSpec(), "a null spec is no pod spec");
        assertEquals(List.of(), file.containers());
    }

    @Test
    void mergeKeysAndAliasesAreFollowed() {
        K8sResource r = parse("""
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: &n settings
                  labels: &common {app: web}
                  annotations:
                    <<: *common
                    own: value
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: other}
                """).resources().get(0);
        assertEquals(Optional.of("settings"), r.name());
        assertEquals(Map.of("own", "value", "app", "web"), r.annotations());
    }

    @Test
    void brokenDocumentKeepsWhatParsedAndLaterDocumentsStay() {
        KubernetesFile file = parse("""
                apiVersion: v1
                kind: Pod
                metadata:
                  name: "unclosed
                ---
                apiVersion: v1
                kind: Pod
                metadata:
                  name: fine
                spec:
                  containers:
                    - name: app
                      image: nginx
                """);
        assertFalse(file.yaml().problems().isEmpty());
        assertEquals("Pod/fine", file.resources().get(file.resources().size() - 1).describe());
        assertEquals(List.of("app"), file.containers().stream().map(c -> c.name().orElseThrow()).toList());
    }

    @Test
    void itemsOfAListAreResourcesToo() {
        KubernetesFile file = parse("""
                apiVersion: v1
                kind: List
                items:
                - apiVersion: v1
                  kind: Pod
                  metadata: {name: a}
                  spec:
                    containers: [{name: c, image: "nginx:1"}]
                - not an object
                - {kind: NoApiVersion}
                - apiVersion: v1
                  kind: Service
                  metadata: {name: b}
                ---
                apiVersion: example.com/v1
                kind: List
                items: [{apiVersion: v1, kind: Pod}]
                """);
        assertEquals(List.of("List", "Pod/a", "Service/b", "List"), file.resources().stream().map(K8sResource::describe).toList());
        K8sResource pod = file.resources().get(1);
        assertEquals(file.resources().get(0), pod.list().orElseThrow());
        assertEquals(Range.of(3, 0, 7, 45), pod.scope());
        assertEquals(List.of("c"), file.containers().stream().map(c -> c.name().orElseThrow()).toList());
        assertEquals(file.resources().get(0), file.resourceAt(4).orElseThrow(), "a line belongs to the List's document");
        assertEquals(file.resources().get(0).document().range(), file.resources().get(0).scope());
    }

    @Test
    void emptyAndCommentOnlyFilesHaveNoResources() {
        assertEquals(List.of(), parse("").resources());
        assertEquals(List.of(), parse("# nothing\n").resources());
        assertEquals(List.of(), parse("---\n---\n").resources());
    }

    @Test
    void kustomizationsAreResourcesWithoutPodSpec() {
        KubernetesFile file = parse("""
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources: [deployment.yaml]
                images:
                  - name: nginx
                    newTag: latest
                  - name: api
                    newName: ghcr.io/acme/api
                    digest: sha256:0123
                  - just-a-string
                ---
                apiVersion: kustomize.config.k8s.io/v1alpha1
                kind: Component
                images: not-a-list
                ---
                apiVersion: example.com/v1
                kind: Component
                """);
        K8sResource kustomization = file.resources().get(0);
        assertTrue(kustomization.isKustomization());
        assertEquals(Optional.empty(), kustomization.podSpec());
        List<Kustomization.Image> images = kustomization.kustomization().orElseThrow().images();
        assertEquals(2, images.size());
        assertEquals("latest", images.get(0).newTag().orElseThrow().value());
        assertEquals(Optional.empty(), images.get(0).digest());
        assertEquals("ghcr.io/acme/api", images.get(1).newName().orElseThrow().value());
        assertTrue(images.get(1).digest().isPresent());
        assertEquals(2, file.kustomizations().size(), "a kustomize Component counts");
        assertEquals(List.of(), file.kustomizations().get(1).images());
        assertFalse(file.resources().get(2).isKustomization(), "a Component of another group is not kustomize's");
    }
}
