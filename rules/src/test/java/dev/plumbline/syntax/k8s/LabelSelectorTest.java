package dev.plumbline.syntax.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.text.TextDocument;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelSelectorTest {

    private static YamlNode node(String yaml) {
        return KubernetesFile.parse(TextDocument.of("file:///s.yaml", yaml), Cancellation.NONE).yaml().documents().get(0)
                .root().orElseThrow();
    }

    @Test
    void matchLabelsAndExpressionsFollowKubernetesSemantics() {
        LabelSelector selector = LabelSelector.of(node("""
                matchLabels: {app: web}
                matchExpressions:
                  - {key: tier, operator: In, values: [front, edge]}
                  - {key: canary, operator: DoesNotExist}
                  - {key: zone, operator: Exists}
                  - {key: env, operator: NotIn, values: [dev]}
                """)).orElseThrow();
        assertTrue(selector.isComplete());
        assertEquals(5, selector.requirements().size());
        assertTrue(selector.matches(Map.of("app", "web", "tier", "edge", "zone", "a")));
        assertFalse(selector.matches(Map.of("app", "web", "tier", "edge", "zone", "a", "env", "dev")));
        assertEquals(List.of("app", "canary"), selector.unmatched(Map.of("app", "api", "tier", "front", "zone", "a",
                "canary", "true")).stream().map(LabelSelector.Requirement::key).toList());
        assertEquals(Map.of("app", "web"), selector.matchLabels());
    }

    @Test
    void plainMapsMergeKeysAndNullValues() {
        LabelSelector selector = LabelSelector.ofMap(node("""
                base: &b {app: web}
                sel:
                  <<: *b
                  tier:
                """).asMapping().orElseThrow().get("sel").orElseThrow()).orElseThrow();
        assertTrue(selector.isComplete());
        assertEquals(Map.of("app", "web", "tier", ""), selector.matchLabels());
        assertTrue(selector.matches(Map.of("app", "web", "tier", "")));
    }

    @Test
    void unreadablePartsMakeItIncomplete() {
        assertFalse(LabelSelector.of(node("matchLabels: {app: [web]}")).orElseThrow().isComplete());
        assertFalse(LabelSelector.of(node("matchExpressions: [{key: a, operator: Like}]")).orElseThrow().isComplete());
        assertFalse(LabelSelector.of(node("matchExpressions: [{key: a, operator: In, values: x}]")).orElseThrow()
                .isComplete());
        assertFalse(LabelSelector.of(node("matchExpressions: text")).orElseThrow().isComplete());
        assertTrue(LabelSelector.of(node("{}")).orElseThrow().isEmpty());
        assertTrue(LabelSelector.of(node("just text")).isEmpty());
    }
}
