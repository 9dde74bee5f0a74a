package dev.plumbline.rules.k8s.support;

import dev.plumbline.syntax.image.ImageReference;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.Range;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An {@code image:} value read as an image reference, with the file range of each part (exact inside
 * quoted and plain scalars; the whole value when the scalar cannot be mapped character by character).
 *
 * @param scalar the value as written
 * @param reference what it says
 */
public record ImageValue(YamlScalar scalar, ImageReference reference) {

    /** Template placeholders (envsubst, Helm, Kubernetes variable expansion): the real value is not known here. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{|\\{\\{|\\$\\(");

    /** The reference written in {@code scalar}; empty for nulls, placeholders and text that is no valid reference. */
    public static Optional<ImageValue> of(YamlScalar scalar) {
        if (scalar.isNull() || PLACEHOLDER.matcher(scalar.value()).find()) {
            return Optional.empty();
        }
        return ImageReference.parse(scalar.value()).map(reference -> new ImageValue(scalar, reference));
    }

    /** Where {@code part} is written; the whole value when it cannot be placed exactly; empty when absent. */
    public Optional<Range> partRange(ImageReference.Part part) {
        return reference.span(part).map(span -> scalar.content().exact()
                ? scalar.content().rangeOf(span.start(), span.end())
                : scalar.range());
    }

    /** {@code Image "nginx:latest"}. */
    public String describe() {
        return "Image \"" + reference.text() + "\"";
    }
}
