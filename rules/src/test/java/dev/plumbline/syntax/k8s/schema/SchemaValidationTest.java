package dev.plumbline.syntax.k8s.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.text.TextDocument;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SchemaValidationTest {

    private static KubernetesFile parse(String text) {
        return KubernetesFile.parse(TextDocument.of("file:///t/app.yaml", text), Cancellation.NONE);
    }

    private static List<String> issues(String text) {
        return SchemaValidation.of(parse(text)).issues().stream()
                .map(i -> i.kind() + " " + i.range() + " " + i.field()).toList();
    }

    private static final Pattern RANGE = Pattern.compile("(\\w+) (\\d+):(\\d+)-(\\d+):(\\d+) (.*)");

    private static final String CRD = """
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
                          required: [size]
                          properties:
                            size: {type: integer}
                            port: {x-kubernetes-int-or-string: true}
                            tags: {type: array, items: {type: string}}
                            labels: {type: object, additionalProperties: {type: string}}
                            config: {type: object}
                            choice: {type: object, properties: {a: {type: string}}, oneOf: [{required: [a]}]}
                            raw: {}
                - name: v2
                  served: true
                  storage: false
                  schema:
                    openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}
            """;

    @Test
    void customResourcesFollowTheirCrdVersion() {
        String widget = """
                apiVersion: example.com/v1
                kind: Widget
                metadata: {name: w}
                spec:
                  size: "3"
                  port: 1.5
                  tags: [1]
                  labels: {a: 1}
                  config: {anything: [goes]}
                  choice: {a: x, b: y}
                  raw: [1, {x: 2}]
                """;
        assertEquals(List.of(
                "WRONG_TYPE 5:9-5:12 size of spec of Widget",
                "WRONG_TYPE 6:9-6:12 port of spec of Widget",
                "WRONG_TYPE 7:10-7:11 tags[0] of spec of Widget",
                "WRONG_TYPE 8:15-8:16 labels.a of spec of Widget",
                "UNKNOWN_FIELD 10:18-10:19 b"),
                issues(CRD + "---\n" + widget).stream().map(SchemaValidationTest::shift).toList());
        assertEquals(List.of(), issues(CRD + "---\napiVersion: example.com/v2\nkind: Widget\nmetadata: {name: w}\n"
                + "spec: {anything: goes}\n"));
        assertEquals(List.of(), issues(CRD + "---\napiVersion: example.com/v3\nkind: Widget\nspec: {x: 1}\n"),
                "a version the CRD does not define is not judged");
    }

    /** Makes a 1-based range relative to the document after the CRD (lines counted from 1 there). */
    private static String shift(String issue) {
        Matcher m = RANGE.matcher(issue);
        if (!m.matches()) {
            return issue;
        }
        int offset = (int) CRD.lines().count() + 1;
        return m.group(1) + " " + (Integer.parseInt(m.group(2)) - offset) + ":" + m.group(3) + "-"
                + (Integer.parseInt(m.group(4)) - offset) + ":" + m.group(5) + " " + m.group(6);
    }

    @Test
    void theCustomResourceGetsObjectMetaAndTheStandardKeys() {
        List<String> found = issues(CRD + "---\napiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n"
                + "  labelz: {}\nspec: {size: 1}\n");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("UNKNOWN_FIELD"), found.toString());
    }

    @Test
    void aValueBehindAnAnchorIsReportedOnceWhereItIsWritten() {
        List<String> found = issues("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  containers:
                    - &c {name: a, image: "a:1", imagePullPolcy: Always}
                    - *c
                    - <<: *c
                      name: b
                """);
        assertEquals(List.of("UNKNOWN_FIELD 6:34-6:48 imagePullPolcy"), found);
    }

    @Test
    void taggedMergeKeysMerge() {
        assertEquals(List.of(), issues("""
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: c
                  labels: &l {a: b}
                  annotations:
                    !!merge <<: *l
                """));
    }

    @Test
    void aFileIsCheckedOnceAndAResourceOnceWhileItsMappingLives() {
        KubernetesFile file = parse("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, labelz: {}}\n");
        assertSame(SchemaValidation.of(file), SchemaValidation.of(file));
        SchemaValidation other = SchemaValidation.of(file, K8sSchema.builtin(), CrdSchemas.none());
        assertEquals(SchemaValidation.of(file).issues(), other.issues());
        assertSame(SchemaValidation.of(file).issues().get(0), other.issues().get(0), "cached per resource mapping");
    }

    @Test
    void garbageShapesNeverThrow() {
        for (String text : List.of("", "---\n---\n", "apiVersion: v1\nkind: Pod\nspec: [1, 2]\n",
                "apiVersion: v1\nkind: Pod\nmetadata: x\nspec: {containers: [null, 1, [2], {name: {a: b}}]}\n",
                "apiVersion: [v1]\nkind: {a: b}\n", "apiVersion: v1\nkind: Pod\nspec: &a {x: *a}\n",
                "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nspec: {group: g.io, names: "
                        + "{kind: K}, versions: [{name: v1, schema: {openAPIV3Schema: {type: object, properties: "
                        + "{a: [1], b: {type: [x]}, c: {type: array, items: 5}}}}}]}\n---\napiVersion: g.io/v1\n"
                        + "kind: K\nmetadata: {name: k}\na: 1\nb: 2\nc: [3]\n")) {
            SchemaValidation.of(parse(text)).issues();
        }
        StringBuilder deep = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: ");
        deep.append("[".repeat(250)).append("]".repeat(250)).append('\n');
        assertEquals(1, SchemaValidation.of(parse(deep.toString())).issues().size());
    }
}
