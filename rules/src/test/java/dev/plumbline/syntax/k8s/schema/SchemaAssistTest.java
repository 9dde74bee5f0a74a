package dev.plumbline.syntax.k8s.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.MarkedSource;
import dev.plumbline.text.Position;
import dev.plumbline.text.TextDocument;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hover and completion; {@code «»} marks the cursor. */
class SchemaAssistTest {

    private record At(KubernetesFile file, Position cursor) {
    }

    private static At at(String marked) {
        MarkedSource source = MarkedSource.parse(marked);
        KubernetesFile file = KubernetesFile.parse(TextDocument.of("file:///t/app.yaml", source.text()), Cancellation.NONE);
        return new At(file, source.ranges().get(0).start());
    }

    private static Optional<SchemaAssist.FieldHover> hover(String marked) {
        At at = at(marked);
        return SchemaAssist.hover(at.file(), at.cursor());
    }

    private static List<String> labels(String marked) {
        At at = at(marked);
        return SchemaAssist.complete(at.file(), at.cursor()).stream().map(SchemaAssist.Completion::label).toList();
    }

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec:
                  containers:
                    - name: web
            """;

    @Test
    void hoverShowsTypeRequiredAndDescriptionOfDeepKeysAndTheirValues() {
        SchemaAssist.FieldHover onKey = hover(DEPLOYMENT + "          image«»PullPolicy: Always\n").orElseThrow();
        assertEquals("spec.template.spec.containers[].imagePullPolicy", onKey.path());
        assertEquals("string", onKey.field().type().label());
        String markdown = onKey.markdown();
        assertTrue(markdown.startsWith("**imagePullPolicy** `string`\n\nImage pull policy."), markdown);
        assertTrue(markdown.contains("Allowed values: `Always`, `IfNotPresent`, `Never`"), markdown);
        assertTrue(markdown.endsWith("Container.imagePullPolicy · spec.template.spec.containers[].imagePullPolicy"
                + " · Kubernetes 1.36"), markdown);
        assertEquals("imagePullPolicy", hover(DEPLOYMENT + "          imagePullPolicy: Alw«»ays\n").orElseThrow()
                .field().name());
        SchemaAssist.FieldHover name = hover(DEPLOYMENT.replace("    - name: web", "    - na«»me: web")).orElseThrow();
        assertTrue(name.field().required());
        assertTrue(name.markdown().startsWith("**name** `string` — required"));
        SchemaAssist.FieldHover template = hover(DEPLOYMENT.replace("  template:", "  temp«»late:")).orElseThrow();
        assertEquals("PodTemplateSpec", template.field().type().label());
    }

    @Test
    void hoverWorksInListItemsAndCustomResourcesAndIsEmptyElsewhere() {
        assertEquals("ConfigMap", hover("apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n"
                + "    da«»ta: {a: b}\n").orElseThrow().field().owner().name());
        assertEquals(Optional.empty(), hover("apiVersion: example.com/v1\nkind: Widget\nsp«»ec: {}\n"));
        assertEquals(Optional.empty(), hover(DEPLOYMENT + "          imagePullPolcy«»: Always\n"));
        assertEquals(Optional.empty(), hover("«»"));
        String crd = """
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata: {name: widgets.example.com}
                spec:
                  group: example.com
                  names: {kind: Widget, plural: widgets}
                  scope: Namespaced
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
                                size: {type: integer, description: How many widgets.}
                ---
                apiVersion: example.com/v1
                kind: Widget
                spec:
                  si«»ze: 3
                """;
        SchemaAssist.FieldHover size = hover(crd).orElseThrow();
        assertEquals("**size** `integer`\n\nHow many widgets.\n\nspec.size", size.markdown(), "a CRD field is no Kubernetes release's");
    }

    @Test
    void completesMissingFieldsOfTheMappingAtTheCursorRequiredFirst() {
        List<String> container = labels(DEPLOYMENT + "          «»\n");
        assertEquals("image", container.get(0), "required first: " + container);
        assertFalse(container.contains("name"), "already written");
        assertTrue(container.containsAll(List.of("imagePullPolicy", "ports", "resources", "securityContext")));
        List<String> typing = labels(DEPLOYMENT + "          imag«»\n");
        assertTrue(typing.contains("imagePullPolicy"), typing.toString());
        List<String> spec = labels(DEPLOYMENT.replace("  selector:", "  «»\n  selector:"));
        assertTrue(spec.contains("replicas") && spec.contains("strategy") && !spec.contains("template"), spec.toString());
        List<String> root = labels("apiVersion: v1\nkind: Pod\n«»\n");
        assertTrue(root.contains("metadata") && root.contains("spec") && !root.contains("status"), root.toString());
        assertEquals(List.of("apiVersion", "kind"), labels("«»"));
        SchemaAssist.Completion image = SchemaAssist.complete(at(DEPLOYMENT + "          «»\n").file(),
                at(DEPLOYMENT + "          «»\n").cursor()).get(0);
        assertEquals(new SchemaAssist.Completion(SchemaAssist.Completion.Kind.FIELD, "image", "string",
                image.documentation(), true, "image:"), image);
    }

    @Test
    void completesEnumValuesBooleansApiVersionsAndKinds() {
        assertEquals(List.of("Always", "IfNotPresent", "Never"), labels(DEPLOYMENT + "          imagePullPolicy: I«»\n"));
        assertEquals(List.of("true", "false"), labels(DEPLOYMENT + "          tty: t«»\n"));
        assertEquals(List.of("Always", "IfNotPresent", "Never"), labels(DEPLOYMENT + "          imagePullPolicy: «»\n"));
        List<String> versions = labels("apiVersion: a«»\nkind: Deployment\n");
        assertEquals(List.of("apps/v1"), versions);
        List<String> kinds = labels("apiVersion: apps/v1\nkind: D«»\n");
        assertTrue(kinds.containsAll(List.of("Deployment", "DaemonSet", "StatefulSet")) && !kinds.contains("Pod"),
                kinds.toString());
    }
}
