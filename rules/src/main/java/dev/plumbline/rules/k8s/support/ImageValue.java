package dev.plumbline.rules.k8s.support;

import dev.plumbline.syntax.image.ImageReference;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.Range;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An {@code image:} value read as an image reference, with the file range of each part (exact inside
 * quoted and plain scalars; the whole value when the scalar cannot be mapped character by character,
 * and the alias when the value is written as one).
 *
 * @param written the value as written where it is used: the scalar, or an alias to it
 * @param scalar the scalar holding the text
 * @param reference what it says
 */
public record ImageValue(YamlNode written, YamlScalar scalar, ImageReference reference) {

    /** Template placeholders (envsubst, Helm, Kubernetes variable expansion): the real value is not known here. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{|\\{\\{|\\$\\(");

    /** The reference {@code written} holds; empty for collections, nulls, placeholders and text that is no valid reference. */
    public static Optional<ImageValue> of(YamlNode written) {
        Optional<YamlScalar> scalar = written.asScalar();
        if (scalar.isEmpty() || scalar.get().isNull() || PLACEHOLDER.matcher(scalar.get().value()).find()) {
            return Optional.empty();
        }
        return ImageReference.parse(scalar.get().value()).map(reference -> new ImageValue(written, scalar.get(), reference));
    }

    /** The value where it is used. */
    public Range range() {
        return written.range();
    }

    /** Where {@code part} is written; {@link #range()} when it cannot be placed exactly; empty when absent. */
    public Optional<Range> partRange(ImageReference.Part part) {
        return reference.span(part).map(span -> written == scalar && scalar.content().exact()
                ? scalar.content().rangeOf(span.start(), span.end())
                : range());
    }

    /** {@code Image "nginx:latest"}. */
    public String describe() {
        return "Image \"" + reference.text() + "\"";
    }
}
