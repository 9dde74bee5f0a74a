package dev.plumbline.rules.dockerfile.features;

import dev.plumbline.syntax.dockerfile.Directive;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Flag;
import dev.plumbline.syntax.dockerfile.FromInstruction;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.OnbuildInstruction;
import dev.plumbline.syntax.dockerfile.Stage;
import dev.plumbline.syntax.dockerfile.StageGraph;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.Optional;

/** Finds the {@link Spot} at a position: the innermost thing there that hover or navigation knows about. */
final class Locator {

    private Locator() {
    }

    static Optional<Spot> at(Dockerfile dockerfile, TextDocument document, VariableIndex variables, Position position) {
        for (Directive directive : dockerfile.directives()) {
            if (directive.range().contains(position)) {
                return Optional.of(new Spot.DirectiveLine(directive));
            }
        }
        int offset = document.offsetAt(position);
        Optional<Instruction> found = dockerfile.instructionAt(offset);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Instruction instruction = found.get();
        Optional<Spot> variable = variables.useAt(position).<Spot>map(Spot.VariableUse::new)
                .or(() -> variables.declarationAt(position).map(Spot.VariableDeclaration::new));
        if (variable.isPresent()) {
            return variable;
        }
        for (StageGraph.StageReference reference : dockerfile.stageGraph().references()) {
            if (reference.at() == instruction && reference.range().contains(position)) {
                return Optional.of(new Spot.StageReference(reference));
            }
        }
        if (instruction instanceof FromInstruction from) {
            Optional<Spot> spot = inFrom(dockerfile, from, position);
            if (spot.isPresent()) {
                return spot;
            }
        }
        Instruction effective = instruction instanceof OnbuildInstruction onbuild ? onbuild.trigger().orElse(instruction)
                : instruction;
        for (Flag flag : effective.flags()) {
            Optional<Spot> spot = inFlag(dockerfile, document, instruction, effective, flag, position);
            if (spot.isPresent()) {
                return spot;
            }
        }
        if (effective != instruction && effective.keyword().range().contains(position)) {
            return Optional.of(new Spot.Keyword(effective));
        }
        if (instruction.keyword().range().contains(position)) {
            return Optional.of(new Spot.Keyword(instruction));
        }
        return Optional.empty();
    }

    private static Optional<Spot> inFrom(Dockerfile dockerfile, FromInstruction from, Position position) {
        Optional<Word> name = from.stageName();
        if (name.isPresent() && name.get().range().contains(position)) {
            return dockerfile.stageOf(from).map(stage -> new Spot.StageName(stage, name.get()));
        }
        Optional<Word> image = from.image();
        if (image.isPresent() && image.get().range().contains(position)) {
            return Optional.of(new Spot.Image(from, image.get().value(), dockerfile.baseImage(from), image.get().range()));
        }
        return Optional.empty();
    }

    private static Optional<Spot> inFlag(Dockerfile dockerfile, TextDocument document, Instruction top,
            Instruction effective, Flag flag, Position position) {
        if (flag.nameRange().contains(position)) {
            return Optional.of(new Spot.FlagName(effective, flag));
        }
        Optional<Word> value = flag.valueWord();
        if (value.isEmpty() || !value.get().range().contains(position)) {
            return Optional.empty();
        }
        Word word = value.get();
        if (flag.name().equals("from") && (effective.is("COPY") || effective.is("ADD")) && !word.value().isEmpty()) {
            return Optional.of(new Spot.Image(top, word.value(), dockerfile.sourceImage(word.value(), top), word.range()));
        }
        if (flag.name().equals("mount")) {
            return MountFields.at(word, document, document.offsetAt(position)).map(field -> {
                if (field.key().equals("from") && !field.value().isEmpty() && field.valueRange().contains(position)) {
                    return new Spot.Image(top, field.value(), dockerfile.sourceImage(field.value(), top), field.valueRange());
                }
                return new Spot.MountField(effective, field.key(), field.value(), field.range());
            });
        }
        return Optional.empty();
    }

    /** The stage a position's FROM, stage name or reference points at, if any. */
    static Optional<Stage> stageAt(Spot spot) {
        if (spot instanceof Spot.StageName name) {
            return Optional.of(name.stage());
        }
        if (spot instanceof Spot.StageReference reference) {
            return Optional.of(reference.reference().target());
        }
        return Optional.empty();
    }

    /** True when {@code range} holds {@code position}, ends included (the cursor right after a word is on it). */
    static boolean touches(Range range, Position position) {
        return range.contains(position);
    }
}
