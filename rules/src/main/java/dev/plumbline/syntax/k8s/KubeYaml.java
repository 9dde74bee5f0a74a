package dev.plumbline.syntax.k8s;

import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import java.util.Optional;
import java.util.Set;

/**
 * How Kubernetes reads YAML where it differs from the core schema of the YAML layer: kubectl's
 * decoder (YAML 1.1) follows merge keys and takes {@code yes}/{@code no}/{@code on}/{@code off} as
 * booleans.
 */
public final class KubeYaml {

    private static final Set<String> TRUE = Set.of("true", "True", "TRUE", "y", "Y", "yes", "Yes", "YES", "on", "On", "ON");
    private static final Set<String> FALSE = Set.of("false", "False", "FALSE", "n", "N", "no", "No", "NO", "off", "Off",
            "OFF");

    private KubeYaml() {
    }

    /** The value under {@code key}, merge keys ({@code <<}) included. */
    public static Optional<YamlNode> get(YamlMapping mapping, String key) {
        return mapping.withMerges().get(key);
    }

    /** The entry of {@code key}, merge keys included (an inherited entry keeps its anchor-side position). */
    public static Optional<YamlEntry> entry(YamlMapping mapping, String key) {
        return mapping.withMerges().entry(key);
    }

    /** The mapping under {@code key} (through aliases and merges). */
    public static Optional<YamlMapping> mapping(YamlMapping mapping, String key) {
        return get(mapping, key).flatMap(YamlNode::asMapping);
    }

    /** The scalar text under {@code key} (through aliases and merges). */
    public static Optional<String> text(YamlMapping mapping, String key) {
        return get(mapping, key).flatMap(YamlNode::asText);
    }

    /**
     * The boolean a plain or tagged scalar stands for as Kubernetes decodes it (YAML 1.1: {@code yes},
     * {@code off}, ... count); empty for quoted strings, other values and collections.
     */
    public static Optional<Boolean> booleanOf(YamlNode node) {
        Optional<YamlScalar> scalar = node.asScalar();
        if (scalar.isEmpty()) {
            return Optional.empty();
        }
        if (scalar.get().asBoolean().isPresent()) {
            return scalar.get().asBoolean();
        }
        if (!scalar.get().isPlain() || scalar.get().tag().isPresent()) {
            return Optional.empty();
        }
        String value = scalar.get().value();
        return TRUE.contains(value) ? Optional.of(true) : FALSE.contains(value) ? Optional.of(false) : Optional.empty();
    }

    /** True when {@code node} is a boolean true as Kubernetes reads it. */
    public static boolean isTrue(YamlNode node) {
        return booleanOf(node).orElse(false);
    }

    /** True when {@code node} is a boolean false as Kubernetes reads it. */
    public static boolean isFalse(YamlNode node) {
        return booleanOf(node).map(b -> !b).orElse(false);
    }
}
