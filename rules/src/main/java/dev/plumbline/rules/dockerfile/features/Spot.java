package dev.plumbline.rules.dockerfile.features;

import dev.plumbline.syntax.dockerfile.Directive;
import dev.plumbline.syntax.dockerfile.Flag;
import dev.plumbline.syntax.dockerfile.ImageRef;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.Stage;
import dev.plumbline.syntax.dockerfile.StageGraph;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.Range;

/** What lies under the cursor in a Dockerfile, as far as hover and navigation care. */
sealed interface Spot {

    /** The span the editor highlights for it. */
    Range range();

    /** A parser directive line. */
    record DirectiveLine(Directive directive) implements Spot {
        public Range range() {
            return directive.range();
        }
    }

    /** An instruction keyword (also the instruction an ONBUILD holds). */
    record Keyword(Instruction instruction) implements Spot {
        public Range range() {
            return instruction.keyword().range();
        }
    }

    /** A builder flag's name, e.g. {@code --platform}. */
    record FlagName(Instruction instruction, Flag flag) implements Spot {
        public Range range() {
            return flag.nameRange();
        }
    }

    /** One {@code key=value} field of a {@code --mount} flag. */
    record MountField(Instruction instruction, String key, String value, Range range) implements Spot {
    }

    /** A {@code $NAME} use. */
    record VariableUse(VariableIndex.Use use) implements Spot {
        public Range range() {
            return use.range();
        }
    }

    /** The name an ARG or ENV declares. */
    record VariableDeclaration(VariableIndex.Declaration declaration) implements Spot {
        public Range range() {
            return declaration.name().range();
        }
    }

    /** The name after {@code AS} in a FROM. */
    record StageName(Stage stage, Word name) implements Spot {
        public Range range() {
            return name.range();
        }
    }

    /** A reference to a stage: {@code FROM build}, {@code COPY --from=build}, {@code --mount=from=build}. */
    record StageReference(StageGraph.StageReference reference) implements Spot {
        public Range range() {
            return reference.range();
        }
    }

    /** An image reference that is not a stage: a FROM image, {@code COPY --from=image}, a mount's {@code from=image}. */
    record Image(Instruction at, String written, ImageRef image, Range range) implements Spot {
    }
}
