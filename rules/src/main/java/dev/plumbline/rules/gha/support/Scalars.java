package dev.plumbline.rules.gha.support;

import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;

/** Reading string-or-list values such as {@code types: opened} and {@code branches: [main, dev]}. */
public final class Scalars {

    private Scalars() {
    }

    /** The non-null scalars of a scalar or of a list's items (other items are skipped). */
    public static List<YamlScalar> of(YamlNode node) {
        List<YamlScalar> out = new ArrayList<>();
        if (node.asSequence().isPresent()) {
            for (YamlNode item : node.asSequence().get().items()) {
                if (item instanceof YamlScalar s && !s.isNull()) {
                    out.add(s);
                }
            }
        } else if (node instanceof YamlScalar s && !s.isNull()) {
            out.add(s);
        }
        return out;
    }

    /** True when the scalar holds an expression, whose value is known only at run time. */
    public static boolean hasExpression(YamlScalar scalar) {
        return scalar.value().contains("${{");
    }
}
