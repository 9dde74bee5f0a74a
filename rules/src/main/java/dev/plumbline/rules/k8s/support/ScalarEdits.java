package dev.plumbline.rules.k8s.support;

import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.TextEdit;
import java.util.Optional;

/** Edits that rewrite one scalar in place, keeping its quoting style. */
public final class ScalarEdits {

    private ScalarEdits() {
    }

    /**
     * Replaces a scalar written in the file (not an alias, no tag, on one line) with {@code text}:
     * inside its quotes when it is quoted, as a plain scalar otherwise ({@code text} must be safe
     * as one, e.g. a field name or an enum value).
     */
    public static Optional<TextEdit> replace(YamlNode written, String text) {
        if (!(written instanceof YamlScalar scalar) || scalar.tag().isPresent() || scalar.style().isBlock()
                || scalar.range().start().line() != scalar.range().end().line()) {
            return Optional.empty();
        }
        String quote = switch (scalar.style()) {
            case SINGLE_QUOTED -> "'";
            case DOUBLE_QUOTED -> "\"";
            default -> "";
        };
        return Optional.of(new TextEdit(scalar.range(), quote + text + quote));
    }

    /**
     * Quotes a plain scalar written on one line, keeping its text: {@code yes} becomes {@code "yes"}
     * (single quotes when the text holds a double quote or a backslash).
     */
    public static Optional<TextEdit> quote(YamlNode written) {
        if (!(written instanceof YamlScalar scalar) || !scalar.isPlain() || scalar.tag().isPresent()
                || scalar.isEmpty() || scalar.range().start().line() != scalar.range().end().line()) {
            return Optional.empty();
        }
        String text = scalar.sourceText();
        if (text.indexOf('"') < 0 && text.indexOf('\\') < 0) {
            return Optional.of(new TextEdit(scalar.range(), "\"" + text + "\""));
        }
        return Optional.of(new TextEdit(scalar.range(), "'" + text.replace("'", "''") + "'"));
    }
}
