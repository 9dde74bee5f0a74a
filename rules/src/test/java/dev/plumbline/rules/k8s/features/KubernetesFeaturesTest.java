package dev.plumbline.rules.k8s.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.features.CompletionCandidate;
import dev.plumbline.features.HoverText;
import dev.plumbline.features.OutlineSymbol;
import dev.plumbline.features.TargetLocation;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.MarkedSource;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hover, completion, outline and definition over Kubernetes YAML; {@code «»} marks the cursor or expected ranges. */
class KubernetesFeaturesTest {

    private static final String URI = "file:///w/app.yaml";
    private final KubernetesFeatures features = new KubernetesFeatures();

    private record At(KubernetesFile file, TextDocument document, List<Range> marks) {
        Position cursor() {
            return marks.get(0).start();
        }
    }

    private static At at(String marked) {
        MarkedSource source = MarkedSource.parse(marked);
        TextDocument document = TextDocument.of(URI, source.text());
        return new At(KubernetesFile.parse(document, Cancellation.NONE), document, source.ranges());
    }

    private List<CompletionCandidate> complete(String marked) {
        At at = at(marked);
        return features.complete(at.file(), at.document(), at.cursor());
    }

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
                  labels: {app: web, tier: front}
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
                    - name: sidecar
                      image: envoy:1.30
                  initContainers:
                    - name: setup
                      image: busybox:1.36
            """;

    @Test
    void hoverOnADeepKeyGivesTypeRequiredAndDescription() {
        At at = at(DEPLOYMENT.replace("image: nginx", "ima«»ge: nginx"));
        HoverText hover = features.hover(at.file(), at.document(), at.cursor()).orElseThrow();
        assertEquals(Range.of(13, 10, 13, 15), hover.range());
        assertTrue(hover.markdown().startsWith("**image** `string`"), hover.markdown());
        assertTrue(hover.markdown().contains("spec.template.spec.containers[].image"), hover.markdown());
    }

    @Test
    void hoverOnARequiredFieldThroughARefSaysSo() {
        At at = at(DEPLOYMENT.replace("  selector:", "  sel«»ector:"));
        String markdown = features.hover(at.file(), at.document(), at.cursor()).orElseThrow().markdown();
        assertTrue(markdown.startsWith("**selector** `LabelSelector` — required"), markdown);
    }

    @Test
    void hoverOffTheSchemaSaysNothing() {
        At at = at("apiVersion: example.com/v1\nkind: Widget\nspec:\n  si«»ze: 3\n");
        assertEquals(Optional.empty(), features.hover(at.file(), at.document(), at.cursor()));
    }

    @Test
    void completesMissingKeysWithTypesAndReplacesTheWordTyped() {
        List<CompletionCandidate> items = complete(DEPLOYMENT.replace("          image: nginx:1.27\n",
                "          image: nginx:1.27\n          imagePu«»\n"));
        CompletionCandidate pull = items.stream().filter(c -> c.label().equals("imagePullPolicy")).findFirst()
                .orElseThrow();
        assertEquals("string", pull.detail());
        assertEquals("imagePullPolicy: $0", pull.insertText());
        assertEquals(Range.of(14, 10, 14, 17), pull.replace());

        CompletionCandidate inWord = complete(DEPLOYMENT.replace("          image: nginx:1.27\n",
                "          image: nginx:1.27\n          imagePu«»ll\n")).stream()
                .filter(c -> c.label().equals("imagePullPolicy")).findFirst().orElseThrow();
        assertEquals(Range.of(14, 10, 14, 17), inWord.replace(), "inserting replaces what is before the cursor");
        assertEquals(Range.of(14, 10, 14, 19), inWord.replaceWhole(), "replacing takes the rest of the word too");
        assertTrue(items.stream().noneMatch(c -> c.label().equals("image")), "image is written already");
        CompletionCandidate ports = items.stream().filter(c -> c.label().equals("ports")).findFirst().orElseThrow();
        assertEquals("ports:\n  - $0", ports.insertText());
        CompletionCandidate security = items.stream().filter(c -> c.label().equals("securityContext")).findFirst()
                .orElseThrow();
        assertEquals("securityContext:\n  $0", security.insertText());
    }

    @Test
    void completesEnumValuesOfTheKeyBeforeTheCursor() {
        List<CompletionCandidate> items = complete(DEPLOYMENT.replace("          image: nginx:1.27\n",
                "          image: nginx:1.27\n          imagePullPolicy: «»\n"));
        assertEquals(List.of("Always", "IfNotPresent", "Never"), items.stream().map(CompletionCandidate::label).toList());
        assertEquals(CompletionCandidate.Kind.ENUM_MEMBER, items.get(0).kind());
        assertEquals(Range.of(14, 27, 14, 27), items.get(0).replace());
    }

    @Test
    void completesKindsForTheApiVersionWritten() {
        List<String> labels = complete("apiVersion: apps/v1\nkind: Dep«»\n").stream()
                .map(CompletionCandidate::label).toList();
        assertTrue(labels.contains("Deployment"), labels.toString());
        assertFalse(labels.contains("Service"), labels.toString());
    }

    @Test
    void anEmptyDocumentOffersApiVersionKindPairs() {
        List<CompletionCandidate> items = complete("Dep«»\n");
        CompletionCandidate deployment = items.stream().filter(c -> c.label().equals("Deployment (apps/v1)"))
                .findFirst().orElseThrow();
        assertEquals("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${1:name}\n$0", deployment.insertText());
        assertEquals(Range.of(0, 0, 0, 3), deployment.replace());
        assertTrue(items.stream().anyMatch(c -> c.label().equals("Service (v1)")));
        assertEquals(1, items.stream().filter(c -> c.label().startsWith("Deployment (")).count(),
                "one apiVersion per kind: the preferred one");
    }

    @Test
    void aNewItemInAContainerListOffersTheContainerSnippet() {
        String withDash = DEPLOYMENT.replace("    - name: sidecar", "    - «»\n        - name: sidecar");
        CompletionCandidate snippet = complete(withDash).stream().filter(c -> c.label().equals("container"))
                .findFirst().orElseThrow();
        assertTrue(snippet.snippet());
        assertTrue(snippet.insertText().startsWith("name: ${1:app}\n  image: "), snippet.insertText());
        assertEquals(Range.of(14, 10, 14, 10), snippet.replace());

        String noDash = DEPLOYMENT.replace("  initContainers:", "  initContainers:\n            «»");
        CompletionCandidate fresh = complete(noDash).stream().filter(c -> c.label().equals("container"))
                .findFirst().orElseThrow();
        assertTrue(fresh.insertText().startsWith("- name: ${1:app}\n  image: "), fresh.insertText());
    }

    @Test
    void noContainerSnippetInsideAContainer() {
        String inside = DEPLOYMENT.replace("          image: nginx:1.27\n", "          image: nginx:1.27\n          «»\n");
        assertTrue(complete(inside).stream().noneMatch(c -> c.label().equals("container")));
    }

    @Test
    void outlineHasOneSymbolPerResourceWithItsContainers() {
        At at = at(DEPLOYMENT + "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\n");
        List<OutlineSymbol> outline = features.outline(at.file(), at.document());
        assertEquals(List.of("Deployment/web", "Service/web"), outline.stream().map(OutlineSymbol::name).toList());
        OutlineSymbol deployment = outline.get(0);
        assertEquals(Range.of(3, 8, 3, 11), deployment.selectionRange());
        assertEquals("apps/v1", deployment.detail());
        assertEquals(List.of("web", "sidecar", "setup"), deployment.children().stream().map(OutlineSymbol::name).toList());
        OutlineSymbol web = deployment.children().get(0);
        assertEquals(Range.of(12, 8, 13, 27), web.range());
        assertEquals(Range.of(12, 16, 12, 19), web.selectionRange());
        assertEquals("container · nginx:1.27", web.detail());
        assertEquals("init container · busybox:1.36", deployment.children().get(2).detail());
        assertEquals(Range.of(23, 8, 23, 11), outline.get(1).selectionRange());
        assertTrue(outline.get(1).children().isEmpty());
    }

    @Test
    void outlineNestsListItemsAndNamesUnnamedResourcesByKind() {
        At at = at("""
                apiVersion: v1
                kind: List
                items:
                  - apiVersion: v1
                    kind: ConfigMap
                    metadata: {name: settings}
                ---
                apiVersion: v1
                kind: Namespace
                """);
        List<OutlineSymbol> outline = features.outline(at.file(), at.document());
        assertEquals(List.of("List", "Namespace"), outline.stream().map(OutlineSymbol::name).toList());
        assertEquals(List.of("ConfigMap/settings"), outline.get(0).children().stream().map(OutlineSymbol::name).toList());
        assertEquals(Range.of(8, 6, 8, 15), outline.get(1).selectionRange());
    }

    @Test
    void outlineOfBrokenYamlIsWhatCanBeRead() {
        At at = at("apiVersion: v1\nkind: Pod\nmetadata: {name: p\n");
        features.outline(at.file(), at.document()); // must not throw
        At empty = at("");
        assertEquals(List.of(), features.outline(empty.file(), empty.document()));
    }

    private static final String SERVICE = """
            ---
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

    @Test
    void serviceSelectorGoesToTheWorkloadsItSelects() {
        String other = """
                ---
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: db}
                spec:
                  selector: {matchLabels: {app: db}}
                  template:
                    metadata: {labels: {app: db}}
                    spec: {containers: [{name: db, image: "postgres:16"}]}
                """;
        At at = at(DEPLOYMENT + other + SERVICE);
        List<TargetLocation> targets = features.definition(at.file(), at.document(), at.cursor());
        assertEquals(List.of(new TargetLocation(URI, Range.of(3, 8, 3, 11))), targets);
    }

    @Test
    void selectorKeysNavigateTooAndOtherNamespacesDoNot() {
        At at = at(DEPLOYMENT.replace("  name: web\n", "  name: web\n  namespace: prod\n")
                + SERVICE.replace("  name: web\n", "  name: web\n  namespace: dev\n").replace("app: w«»eb", "a«»pp: web"));
        assertEquals(List.of(), features.definition(at.file(), at.document(), at.cursor()));
        At same = at(DEPLOYMENT + SERVICE.replace("app: w«»eb", "a«»pp: web"));
        assertEquals(1, features.definition(same.file(), same.document(), same.cursor()).size());
    }

    @Test
    void ingressBackendGoesToTheService() {
        String ingress = """
                ---
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: web
                spec:
                  defaultBackend:
                    service: {name: web, port: {number: 80}}
                  rules:
                    - http:
                        paths:
                          - path: /
                            pathType: Prefix
                            backend:
                              service:
                                name: w«»eb
                                port: {number: 80}
                """;
        At at = at(DEPLOYMENT + SERVICE.replace("w«»eb", "web") + ingress);
        assertEquals(List.of(new TargetLocation(URI, Range.of(23, 8, 23, 11))),
                features.definition(at.file(), at.document(), at.cursor()));
    }

    @Test
    void nothingToFollowElsewhere() {
        At at = at(DEPLOYMENT.replace("name: sidecar", "name: side«»car"));
        assertEquals(List.of(), features.definition(at.file(), at.document(), at.cursor()));
    }
}
