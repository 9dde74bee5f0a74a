package dev.plumbline.rules.k8s.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextEdit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MergeEditsTest {

    private static final List<NewEntry> HARDEN = List.of(NewEntry.mapping("securityContext",
            NewEntry.scalar("runAsNonRoot", "true"),
            NewEntry.mapping("capabilities", NewEntry.scalar("drop", "[\"ALL\"]"))));

    private static String merge(String text, List<NewEntry> wanted, Object... path) {
        EditsSupport yaml = new EditsSupport(text);
        Optional<List<TextEdit>> edits = MergeEdits.merge(yaml.mapping(path), wanted, yaml.document, 2);
        String result = yaml.apply(edits.orElseThrow());
        assertTrue(EditsSupport.parses(result), result);
        return result;
    }

    @Test
    void appendsANestedBlockWhenNothingIsThere() {
        assertEquals("c:\n  name: a\n  securityContext:\n    runAsNonRoot: true\n    capabilities:\n"
                + "      drop: [\"ALL\"]\n", merge("c:\n  name: a\n", HARDEN, "c"));
    }

    @Test
    void mergesIntoEveryLevelThatExistsAndJoinsInsertsAtOnePlace() {
        // capabilities is the last entry of securityContext: both appends land at the end of one line
        assertEquals("c:\n  securityContext:\n    capabilities:\n      add: [X]\n      drop: [\"ALL\"]\n"
                        + "    runAsNonRoot: true\n  image: i\n",
                merge("c:\n  securityContext:\n    capabilities:\n      add: [X]\n  image: i\n", HARDEN, "c"));
        EditsSupport yaml = new EditsSupport("c:\n  securityContext:\n    capabilities:\n      add: [X]\n");
        List<TextEdit> edits = MergeEdits.merge(yaml.mapping("c"), HARDEN, yaml.document, 2).orElseThrow();
        assertEquals(1, edits.size(), "one insert, so every client keeps the order");
    }

    @Test
    void replacesScalarsAndLeavesEqualOnesAlone() {
        assertEquals("c: {runAsNonRoot: true, x: 1}\n",
                merge("c: {runAsNonRoot: false, x: 1}\n", List.of(NewEntry.scalar("runAsNonRoot", "true")), "c"));
        EditsSupport yaml = new EditsSupport("c: {runAsNonRoot: true}\n");
        assertEquals(List.of(), MergeEdits.merge(yaml.mapping("c"), List.of(NewEntry.scalar("runAsNonRoot", "true")),
                yaml.document, 2).orElseThrow());
    }

    @Test
    void addsMissingItemsToAnExistingList() {
        assertEquals("c:\n  drop:\n    - NET_RAW\n    - ALL\n",
                merge("c:\n  drop:\n    - NET_RAW\n", List.of(NewEntry.scalar("drop", "[\"ALL\"]")), "c"));
        assertEquals("c: {drop: ['NET_RAW', 'ALL']}\n",
                merge("c: {drop: ['NET_RAW']}\n", List.of(NewEntry.scalar("drop", "[\"ALL\"]")), "c"));
        assertEquals("c: {drop: [\"ALL\"]}\n", merge("c: {drop: []}\n", List.of(NewEntry.scalar("drop", "[\"ALL\"]")), "c"));
    }

    @Test
    void overridesAnInheritedScalarButNotAnInheritedMapping() {
        String text = "base: &b\n  runAsUser: 0\n  securityContext: {x: 1}\nc:\n  <<: *b\n  name: a\n";
        assertEquals("base: &b\n  runAsUser: 0\n  securityContext: {x: 1}\nc:\n  <<: *b\n  name: a\n  runAsUser: 1000\n",
                merge(text, List.of(NewEntry.scalar("runAsUser", "1000")), "c"));
        EditsSupport yaml = new EditsSupport(text);
        assertEquals(Optional.empty(), MergeEdits.merge(yaml.mapping("c"), HARDEN, yaml.document, 2));
    }

    @Test
    void givesUpOnAnAliasedMappingOrAWrongShape() {
        EditsSupport alias = new EditsSupport("a: &x {k: 1}\nc:\n  securityContext: *x\n");
        assertEquals(Optional.empty(), MergeEdits.merge(alias.mapping("c"), HARDEN, alias.document, 2));
        EditsSupport list = new EditsSupport("c:\n  securityContext: [1]\n");
        assertEquals(Optional.empty(), MergeEdits.merge(list.mapping("c"), HARDEN, list.document, 2));
    }

    @Test
    void fillsANullValue() {
        assertEquals("c:\n  securityContext: # later\n    runAsNonRoot: true\n    capabilities:\n"
                + "      drop: [\"ALL\"]\n", merge("c:\n  securityContext: # later\n", HARDEN, "c"));
    }

    @Test
    void joinInsertsKeepsOrderAndLeavesOtherEditsAlone() {
        Position at = Position.of(0, 1);
        TextEdit replace = new TextEdit(Range.of(0, 1, 0, 2), "r");
        List<TextEdit> joined = MergeEdits.joinInserts(List.of(TextEdit.insert(at, "a"), replace, TextEdit.insert(at, "b")));
        assertEquals(List.of(TextEdit.insert(at, "ab"), replace), joined);
    }
}
