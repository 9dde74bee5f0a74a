package dev.plumbline.rules.k8s.support;

import dev.plumbline.syntax.yaml.YamlNode;
import java.util.Optional;

/** How a message quotes a value as written: short single-line values only (never a long or multi-line one). */
public final class Written {

    private static final int MAX = 30;

    private Written() {
    }

    /** The value's source text when it is short and on one line. */
    public static Optional<String> shortText(YamlNode node) {
        String text = node.sourceText();
        return text.length() <= MAX && text.lines().count() == 1 ? Optional.of(text) : Optional.empty();
    }

    /** {@code "to <text>"}, or {@code fallback} when the text is too long to quote. */
    public static String to(YamlNode node, String fallback) {
        return shortText(node).map(t -> "to " + t).orElse(fallback);
    }
}
