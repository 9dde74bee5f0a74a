package dev.plumbline.rules.k8s.support;

import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import java.util.Optional;
import java.util.regex.Pattern;

/** How a quick fix writes a scalar it copies from elsewhere in the file. */
public final class ScalarText {

    /** A plain scalar holding one of these is fine in block style but not inside {@code {}} or {@code []}. */
    private static final Pattern FLOW_INDICATORS = Pattern.compile("[,\\[\\]{}]");

    private ScalarText() {
    }

    /**
     * The scalar as written when it is a one-line plain or quoted scalar without properties (so
     * {@code "1.0"} stays a string); else its value in double quotes. Empty for collections.
     */
    public static Optional<String> copyOf(YamlNode node) {
        if (node instanceof YamlScalar scalar && scalar.tag().isEmpty() && scalar.anchor().isEmpty()
                && !scalar.isEmpty() && !scalar.sourceText().contains("\n") && !scalar.sourceText().contains("\r")
                && !scalar.sourceText().startsWith("|") && !scalar.sourceText().startsWith(">")
                && !(scalar.isPlain() && FLOW_INDICATORS.matcher(scalar.sourceText()).find())) {
            return Optional.of(scalar.sourceText());
        }
        return node.asScalar().map(s -> quoted(s.value()));
    }

    /** {@code value} as a double-quoted YAML scalar. */
    public static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
