package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Flag;
import dev.plumbline.syntax.dockerfile.FromInstruction;
import dev.plumbline.syntax.dockerfile.ImageRef;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.Mount;
import dev.plumbline.syntax.dockerfile.OnbuildInstruction;
import dev.plumbline.syntax.dockerfile.RunInstruction;
import dev.plumbline.syntax.image.ImageReference;
import dev.plumbline.syntax.shell.Word;
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

    /** Every image reference of {@code dockerfile}, found once per parsed file. */
    public static List<ImageUse> all(Dockerfile dockerfile) {
        return dockerfile.derived(ImageUse.class, ImageUse::find);
    }

    private static List<ImageUse> find(Dockerfile dockerfile) {
        List<ImageUse> out = new ArrayList<>();
        TextDocument doc = dockerfile.document();
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction instanceof FromInstruction from) {
                from.image().ifPresent(word -> out.add(use(instruction, dockerfile.baseImage(from), word, doc)));
                continue;
            }
            Instruction effective = instruction instanceof OnbuildInstruction onbuild
                    ? onbuild.trigger().orElse(instruction)
                    : instruction;
            if (effective.is("COPY")) {
                for (Flag flag : effective.flags("from")) {
                    flag.valueWord().filter(w -> !w.value().isEmpty()).ifPresent(word ->
                            out.add(use(instruction, dockerfile.sourceImage(word.value(), instruction), word, doc)));
                }
            }
            if (effective instanceof RunInstruction run) {
                for (Mount mount : run.mounts()) {
                    mount.from().filter(f -> !f.value().isEmpty()).ifPresent(field -> {
                        int start = doc.offsetAt(field.valueRange().start());
                        int end = doc.offsetAt(field.valueRange().end());
                        Word word = new Word(doc.text().substring(start, end), field.value(), start, end, field.valueRange());
                        out.add(use(instruction, dockerfile.sourceImage(field.value(), instruction), word, doc));
                    });
                }
            }
        }
        return List.copyOf(out);
    }

    private static ImageUse use(Instruction instruction, ImageRef image, Word written, TextDocument doc) {
        return new ImageUse(instruction, image, written.value(), written.range(),
                image.partRange(ImageReference.Part.TAG, written, doc));
    }

    /** "Image "x"" plus where it came from when variables were resolved. */
    public String describe() {
        return written.equals(image.text())
                ? "Image \"" + image.text() + "\""
                : "Image \"" + image.text() + "\" (written \"" + written + "\")";
    }
}
