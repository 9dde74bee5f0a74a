package dev.plumbline.syntax.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.testing.MarkedSource;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlParserTest {

    private static YamlMapping root(String text) {
        YamlFile file = YamlParser.parse(text);
        assertEquals(List.of(), file.problems());
        return file.documents().get(0).rootMapping().orElseThrow();
    }

    @Test
    void blockMappingKeysAndValuesHaveExactRanges() {
        MarkedSource src = MarkedSource.parse("«apiVersion»: «v1»\n«kind»: «Pod»\n«metadata»:\n  «name»: «web»\n");
        YamlMapping root = root(src.text());
        YamlEntry apiVersion = root.entries().get(0);
        assertEquals(src.ranges().get(0), apiVersion.key().range());
        assertEquals(src.ranges().get(1), apiVersion.value().range());
        assertEquals(src.ranges().get(2), root.entries().get(1).key().range());
        assertEquals(src.ranges().get(3), root.get("kind").orElseThrow().range());
        YamlMapping metadata = root.getMapping("metadata").orElseThrow();
        assertEquals(src.ranges().get(5), metadata.entries().get(0).key().range());
        assertEquals(src.ranges().get(6), metadata.get("name").orElseThrow().range());
        assertEquals(Range.of(2, 0, 3, 11), root.entry("metadata").orElseThrow().range());
        assertEquals(Range.of(3, 2, 3, 11), metadata.range());
        assertEquals(Range.of(0, 0, 3, 11), root.range());
        assertEquals("web", root.at("metadata", "name").flatMap(YamlNode::asText).orElseThrow());
        assertEquals(List.of("apiVersion", "kind", "metadata"), root.keys());
    }

    @Test
    void blockSequenceItemsKnowTheirDashes() {
        String text = """
                items:
                - one
                -
                - name: x
                  image: y
                -   # comment
                  two
                """;
        YamlSequence items = root(text).getSequence("items").orElseThrow();
        assertEquals(4, items.size());
        assertEquals(Range.of(1, 0, 1, 5), items.itemRange(0));
        assertEquals(Range.of(2, 0, 2, 1), items.itemRange(1));
        assertTrue(items.items().get(1).isNull());
        assertTrue(((YamlScalar) items.items().get(1)).isEmpty());
        assertEquals(Range.of(3, 0, 4, 10), items.itemRange(2));
        assertEquals(Range.of(5, 0, 5, 1), items.dashRange(3).orElseThrow());
        assertEquals(Range.of(6, 2, 6, 5), items.items().get(3).range());
        assertEquals(Range.of(1, 0, 6, 5), items.range());
    }

    @Test
    void flowCollectionsCoverTheirBrackets() {
        MarkedSource src = MarkedSource.parse("args: «[a, {x: 1}, \"c\"]»\nmap: «{x: 1}»\n");
        YamlMapping root = root(src.text());
        YamlSequence args = root.getSequence("args").orElseThrow();
        assertTrue(args.isFlow());
        assertEquals(src.ranges().get(0), args.range());
        assertEquals(Range.of(0, 10, 0, 16), args.items().get(1).range());
        YamlMapping map = root.getMapping("map").orElseThrow();
        assertTrue(map.isFlow());
        assertEquals(src.ranges().get(1), map.range());
        assertEquals(Range.of(1, 9, 1, 10), map.get("x").orElseThrow().range());
        assertEquals(Range.of(0, 7, 0, 8), args.itemRange(0));
        assertTrue(args.dashRange(0).isEmpty());
    }

    @Test
    void anchorsAndAliasesLinkWithoutCopying() {
        String text = """
                base: &base
                  image: nginx
                  ports: [80]
                web: *base
                other:
                  <<: *base
                  image: httpd
                """;
        YamlMapping root = root(text);
        YamlMapping base = root.getMapping("base").orElseThrow();
        assertEquals("base", base.anchor().orElseThrow());
        assertEquals(Range.of(0, 6, 2, 13), base.fullRange());
        assertEquals(Range.of(1, 2, 2, 13), base.range());
        YamlAlias web = assertInstanceOf(YamlAlias.class, root.get("web").orElseThrow());
        assertEquals("base", web.name());
        assertSame(base, web.target().orElseThrow());
        assertEquals(Range.of(3, 5, 3, 10), web.range());
        assertEquals("nginx", root.at("web", "image").flatMap(YamlNode::asText).orElseThrow());

        YamlMapping other = root.getMapping("other").orElseThrow();
        assertTrue(other.hasMergeKeys());
        assertTrue(other.entries().get(0).isMergeKey());
        assertEquals(2, other.size(), "merge keys stay plain entries");
        YamlMapping merged = other.withMerges();
        assertEquals(List.of("image", "ports"), merged.keys());
        assertEquals("httpd", merged.getText("image").orElseThrow(), "own keys win");
        assertEquals(Range.of(2, 2, 2, 7), merged.entry("ports").orElseThrow().key().range(), "inherited entries keep their place");
    }

    @Test
    void mergeKeysWithSeveralSourcesLetEarlierOnesWin() {
        String text = """
                a: &a {x: 1, y: 1}
                b: &b {y: 2, z: 2}
                c:
                  <<: [*a, *b]
                """;
        YamlMapping c = root(text).getMapping("c").orElseThrow().withMerges();
        assertEquals(List.of("x", "y", "z"), c.keys());
        assertEquals("1", c.getText("y").orElseThrow());
    }

    @Test
    void scalarsResolveByTheCoreSchemaAndKeepTheirSource() {
        String text = """
                string: hello
                quoted: "true"
                bool: true
                int: 42
                octal: 0o17
                hex: 0x1F
                float: 1.5
                null1: ~
                null2: null
                empty:
                on: yes
                mode: 0755
                tagged: !!str 12
                custom: !Ref thing
                literal: |
                  x
                """;
        YamlMapping root = root(text);
        assertEquals(ScalarType.STRING, scalar(root, "string").type());
        assertEquals(ScalarType.STRING, scalar(root, "quoted").type());
        assertEquals(ScalarStyle.DOUBLE_QUOTED, scalar(root, "quoted").style());
        assertEquals("\"true\"", scalar(root, "quoted").sourceText());
        assertEquals(true, scalar(root, "bool").asBoolean().orElseThrow());
        assertEquals(42L, scalar(root, "int").asLong().orElseThrow());
        assertEquals(15L, scalar(root, "octal").asLong().orElseThrow());
        assertEquals(31L, scalar(root, "hex").asLong().orElseThrow());
        assertEquals(ScalarType.FLOAT, scalar(root, "float").type());
        assertTrue(scalar(root, "null1").isExplicitNull());
        assertTrue(scalar(root, "null2").isExplicitNull());
        assertTrue(scalar(root, "empty").isNull());
        assertFalse(scalar(root, "empty").isExplicitNull());
        assertTrue(scalar(root, "empty").isEmpty());
        // YAML 1.2: on/yes are strings and 0755 a decimal int; the source text lets rules warn about 1.1 readers
        assertTrue(root.has("on"));
        assertEquals(ScalarType.STRING, scalar(root, "on").type());
        assertEquals(ScalarType.INT, scalar(root, "mode").type());
        assertEquals("0755", scalar(root, "mode").sourceText());
        assertEquals(ScalarType.STRING, scalar(root, "tagged").type());
        assertEquals("tag:yaml.org,2002:str", scalar(root, "tagged").tag().orElseThrow());
        assertEquals(Range.of(12, 14, 12, 16), scalar(root, "tagged").range());
        assertEquals(Range.of(12, 8, 12, 16), scalar(root, "tagged").fullRange());
        assertEquals(ScalarType.OTHER, scalar(root, "custom").type());
        assertEquals(ScalarStyle.LITERAL, scalar(root, "literal").style());
        assertEquals(Range.of(14, 9, 15, 3), scalar(root, "literal").range());
    }

    private static YamlScalar scalar(YamlMapping mapping, String key) {
        return mapping.getScalar(key).orElseThrow();
    }

    @Test
    void duplicateKeysAreKeptAndLookupsTakeTheLast() {
        YamlFile file = YamlParser.parse("a: 1\nb: 2\na: 3\n");
        YamlMapping root = file.documents().get(0).rootMapping().orElseThrow();
        assertEquals(3, root.size());
        assertEquals("3", root.getText("a").orElseThrow());
        assertEquals(2, root.entries("a").size());
        YamlProblem problem = file.problems().get(0);
        assertEquals(YamlProblem.Kind.DUPLICATE_KEY, problem.kind());
        assertEquals(Range.of(2, 0, 2, 1), problem.range());
        assertEquals("Duplicate key \"a\" (first defined at 1:1)", problem.message());
    }

    @Test
    void stringAndIntegerKeysAreDifferentKeys() {
        assertEquals(List.of(), YamlParser.parse("1: a\n\"1\": b\n").problems());
    }

    @Test
    void positionsCountUtf16UnitsAroundSurrogatePairs() {
        // 😀 is one code point (snakeyaml's column unit) but two UTF-16 units (ours)
        MarkedSource src = MarkedSource.parse("«😀»: «x😀y»\nk: «\"😀 😀\"»\n«z»: [«😀», «b»]\n");
        YamlFile file = YamlParser.parse(src.text());
        YamlMapping root = file.documents().get(0).rootMapping().orElseThrow();
        assertEquals(src.ranges().get(0), root.entries().get(0).key().range());
        assertEquals(src.ranges().get(1), root.get("😀").orElseThrow().range());
        assertEquals(src.ranges().get(2), root.get("k").orElseThrow().range());
        assertEquals(src.ranges().get(3), root.entries().get(2).key().range());
        YamlSequence z = root.getSequence("z").orElseThrow();
        assertEquals(src.ranges().get(4), z.items().get(0).range());
        assertEquals(src.ranges().get(5), z.items().get(1).range());
    }

    @Test
    void crlfBomAndTabsInsideQuotesKeepPositionsExact() {
        String text = "\uFEFFa: 1\r\nb: \"x\ty\"\r\nc:\r\n  - d\r\n";
        YamlFile file = YamlParser.parse(text);
        assertEquals(List.of(), file.problems());
        YamlMapping root = file.documents().get(0).rootMapping().orElseThrow();
        assertEquals(Range.of(0, 1, 0, 2), root.entries().get(0).key().range());
        assertEquals(Range.of(1, 3, 1, 8), root.get("b").orElseThrow().range());
        assertEquals("x\ty", root.getText("b").orElseThrow());
        assertEquals(Range.of(3, 4, 3, 5), root.at("c", 0).orElseThrow().range());
        assertEquals(Range.of(3, 2, 3, 5), root.getSequence("c").orElseThrow().itemRange(0));
    }

    @Test
    void parsesTextDocuments() {
        TextDocument doc = TextDocument.of("file:///x.yaml", "a: b\n");
        assertEquals("b", YamlParser.parse(doc).documents().get(0).rootMapping().orElseThrow().getText("a").orElseThrow());
    }

    @Test
    void pathAtNamesTheKeysAndIndexesDownToAPosition() {
        String text = """
                spec:
                  containers:
                  - name: web
                    image: nginx
                  - name: "side car"
                    args: [a, b]
                """;
        YamlDocument doc = YamlParser.parse(text).documents().get(0);
        YamlPath onImage = doc.pathAt(Position.of(3, 12)).orElseThrow();
        assertEquals("spec.containers[0].image", onImage.toString());
        assertEquals("nginx", onImage.node().asText().orElseThrow());
        assertFalse(onImage.onKey());
        YamlPath onKey = doc.pathAt(Position.of(3, 5)).orElseThrow();
        assertTrue(onKey.onKey());
        assertEquals("image", onKey.node().asText().orElseThrow());
        assertEquals(List.of("spec", "containers", 0, "image"), onKey.segments());
        YamlPath onDash = doc.pathAt(Position.of(4, 2)).orElseThrow();
        assertEquals("spec.containers[1]", onDash.toString());
        assertInstanceOf(YamlPath.Index.class, onDash.last().orElseThrow());
        assertEquals("spec.containers[1].args[1]", doc.pathAt(Position.of(5, 14)).orElseThrow().toString());
        assertEquals("b", doc.nodeAt(Position.of(5, 14)).flatMap(YamlNode::asText).orElseThrow());
        assertTrue(doc.pathAt(Position.of(9, 0)).isEmpty());
    }

    @Test
    void walkVisitsEveryWrittenNodeOnceWithoutFollowingAliases() {
        YamlNode root = YamlParser.parse("a: &x [1, 2]\nb: *x\n").documents().get(0).root().orElseThrow();
        List<YamlNode> all = root.descendants();
        assertEquals(7, all.size()); // map, a, seq, 1, 2, b, alias
        assertTrue(all.stream().anyMatch(n -> n instanceof YamlAlias));
    }
}
