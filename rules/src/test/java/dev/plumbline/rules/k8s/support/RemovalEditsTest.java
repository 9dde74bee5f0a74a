package dev.plumbline.rules.k8s.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlSequence;
import org.junit.jupiter.api.Test;

class RemovalEditsTest {

    private static String removeEntry(String text, String key, Object... path) {
        EditsSupport yaml = new EditsSupport(text);
        YamlMapping mapping = yaml.mapping(path);
        return RemovalEdits.removeEntry(mapping, mapping.entry(key).orElseThrow(), yaml.document)
                .map(yaml::apply).orElse("<none>");
    }

    private static String removeItem(String text, int index, Object... path) {
        EditsSupport yaml = new EditsSupport(text);
        YamlSequence sequence = yaml.at(path).asSequence().orElseThrow();
        return RemovalEdits.removeItem(sequence, index, yaml.document).map(yaml::apply).orElse("<none>");
    }

    @Test
    void blockEntriesGoWithTheirLinesAndComments() {
        assertEquals("m:\n  a: 1\n  c: 3\n", removeEntry("m:\n  a: 1\n  b: 2 # why\n  c: 3\n", "b", "m"));
        assertEquals("m:\n  a: 1\n", removeEntry("m:\n  a: 1\n  b:\n    - x\n    - y\n", "b", "m"));
        assertEquals("m:\n  a: 1", removeEntry("m:\n  a: 1\n  b: 2", "b", "m"));
        assertEquals("m:\r\n  a: 1\r\n", removeEntry("m:\r\n  a: 1\r\n  b: 2\r\n", "b", "m"));
    }

    @Test
    void theFirstEntryOfAnItemHandsItsDashOn() {
        assertEquals("l:\n  - b: 2\n    c: 3\n", removeEntry("l:\n  - a: 1\n    b: 2\n    c: 3\n", "a", "l", 0));
        assertEquals("<none>", removeEntry("l:\n  - a: 1\n    # keep me\n    b: 2\n", "a", "l", 0));
    }

    @Test
    void flowEntriesGoWithTheirComma() {
        assertEquals("m: {b: 2}\n", removeEntry("m: {a: 1, b: 2}\n", "a", "m"));
        assertEquals("m: {a: 1}\n", removeEntry("m: {a: 1, b: 2}\n", "b", "m"));
        assertEquals("m: {}\n", removeEntry("m: {a: 1}\n", "a", "m"));
    }

    @Test
    void theOnlyEntryOfABlockMappingStays() {
        assertEquals("<none>", removeEntry("m:\n  a: 1\nn: 2\n", "a", "m"));
    }

    @Test
    void items() {
        assertEquals("l:\n  - a\n  - c\n", removeItem("l:\n  - a\n  - b # x\n  - c\n", 1, "l"));
        assertEquals("l: [b]\n", removeItem("l: [a, b]\n", 0, "l"));
        assertEquals("l: [a]\n", removeItem("l: [a, b]\n", 1, "l"));
        assertEquals("l: []\n", removeItem("l: [a]\n", 0, "l"));
        assertEquals("<none>", removeItem("l:\n  - a\n", 0, "l"));
        assertEquals("<none>", removeItem("l:\n  - a\n", 3, "l"));
    }
}
