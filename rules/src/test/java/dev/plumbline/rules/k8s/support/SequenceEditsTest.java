package dev.plumbline.rules.k8s.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.syntax.yaml.YamlSequence;
import org.junit.jupiter.api.Test;

class SequenceEditsTest {

    private static String append(String text, String item) {
        EditsSupport yaml = new EditsSupport(text);
        YamlSequence sequence = yaml.at("l").asSequence().orElseThrow();
        return SequenceEdits.append(sequence, item, yaml.document).map(yaml::apply).orElse("<none>");
    }

    @Test
    void blockListsGetALineAtTheirDashColumn() {
        assertEquals("l:\n  - a # c\n  - b\nm: 1\n", append("l:\n  - a # c\nm: 1\n", "b"));
        assertEquals("l:\n- a\n- b\n", append("l:\n- a\n", "b"));
        assertEquals("l:\n  - x: 1\n    y: 2\n  - b\n", append("l:\n  - x: 1\n    y: 2\n", "b"));
    }

    @Test
    void flowListsGetACommaOrTheirFirstItem() {
        assertEquals("l: [a, b]\n", append("l: [a]\n", "b"));
        assertEquals("l: [b]\n", append("l: []\n", "b"));
    }
}
