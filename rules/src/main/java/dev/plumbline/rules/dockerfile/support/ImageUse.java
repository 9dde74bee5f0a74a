package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Flag;
import dev.plumbline.syntax.dockerfile.FromInstruction;
import dev.plumbline.syntax.dockerfile.ImageRef;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.Mount;
import dev.plumbline.syntax.dockerfile.OnbuildInstruction;
import dev.plumbline.syntax.dockerfile.RunInstruction;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every place a Dockerfile names an image: {@code FROM}, {@code COPY --from=…} and
 * {@code RUN --mount=…,from=…} (also inside ONBUILD), each resolved to an {@link ImageRef}.
 *
 * @param instruction the top-level instruction
 * @param image what the reference resolves to
 * @param written the reference as written
 * @param range the reference's span
 * @param tagRange the tag's span, when the tag is written literally in the reference
 */
public record ImageUse(Instruction instruction, ImageRef image, String written, Range range, Optional<Range> tagRange) {

    public static List<ImageUse> all(Dockerfile dockerfile) {
        List<ImageUse> out = new ArrayList<>();
        TextDocument doc = dockerfile.document();
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction instanceof FromInstruction from) {
                from.image().ifPresent(word -> out.add(new ImageUse(instruction, dockerfile.baseImage(from),
                        word.text(), word.range(), literalTag(doc, word.startOffset(), word.endOffset(), word.text(),
                                word.value()))));
                continue;
            }
            Instruction effective = instruction instanceof OnbuildInstruction onbuild
                    ? onbuild.trigger().orElse(instruction)
                    : instruction;
            if (effective.is("COPY")) {
                for (Flag flag : effective.flags("from")) {
                    flag.valueWord().filter(w -> !w.value().isEmpty()).ifPresent(word -> out.add(new ImageUse(
                            instruction, dockerfile.sourceImage(word.value(), instruction), word.value(), word.range(),
                            literalTag(doc, word.startOffset(), word.endOffset(), word.text(), word.value()))));
                }
            }
            if (effective instanceof RunInstruction run) {
                for (Mount mount : run.mounts()) {
                    mount.from().filter(f -> !f.value().isEmpty()).ifPresent(field -> {
                        int start = doc.offsetAt(field.valueRange().start());
                        int end = doc.offsetAt(field.valueRange().end());
                        String text = doc.text().substring(start, end);
                        out.add(new ImageUse(instruction, dockerfile.sourceImage(field.value(), instruction),
                                field.value(), field.valueRange(), literalTag(doc, start, end, text, field.value())));
                    });
                }
            }
        }
        return out;
    }

    /**
     * The tag's range when the reference is written as a plain literal: the document text between the
     * offsets is exactly its value (no variables, quotes, escapes or line breaks).
     */
    private static Optional<Range> literalTag(TextDocument doc, int startOffset, int endOffset, String text, String value) {
        if (!text.equals(value) || text.indexOf('$') >= 0 || endOffset - startOffset != text.length()) {
            return Optional.empty();
        }
        int at = text.indexOf('@');
        String name = at < 0 ? text : text.substring(0, at);
        int colon = name.lastIndexOf(':');
        if (colon < 0 || colon < name.lastIndexOf('/')) {
            return Optional.empty();
        }
        return Optional.of(doc.rangeOf(startOffset + colon + 1, startOffset + name.length()));
    }

    /** "Image "x"" plus where it came from when variables were resolved. */
    public String describe() {
        return written.equals(image.text())
                ? "Image \"" + image.text() + "\""
                : "Image \"" + image.text() + "\" (written \"" + written + "\")";
    }
}
