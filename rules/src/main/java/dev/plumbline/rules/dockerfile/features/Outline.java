package dev.plumbline.rules.dockerfile.features;

import dev.plumbline.features.OutlineSymbol;
import dev.plumbline.syntax.dockerfile.ArgInstruction;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.FromInstruction;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.KeyValueInstruction;
import dev.plumbline.syntax.dockerfile.Stage;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.Range;
import java.util.ArrayList;
import java.util.List;

/**
 * The outline of a Dockerfile: the instructions before the first FROM, then one entry per stage
 * (named after its {@code AS} name, else its image) holding the stage's instructions.
 */
final class Outline {

    /** Longest detail shown beside an instruction; the rest is cut with an ellipsis. */
    static final int DETAIL_LENGTH = 60;

    private Outline() {
    }

    static List<OutlineSymbol> of(Dockerfile dockerfile) {
        List<OutlineSymbol> out = new ArrayList<>();
        for (Instruction instruction : dockerfile.globalInstructions()) {
            out.add(instruction(instruction));
        }
        for (Stage stage : dockerfile.stages()) {
            out.add(stage(stage));
        }
        return out;
    }

    private static OutlineSymbol stage(Stage stage) {
        FromInstruction from = stage.from();
        Word naming = from.stageName().or(from::image).orElse(from.keyword());
        String name = from.stageName().map(Word::value)
                .orElse(from.image().map(Word::text).orElse("stage " + stage.index()));
        String detail = "stage " + stage.index() + from.image().map(image -> " FROM " + image.text()).orElse("");
        List<OutlineSymbol> children = new ArrayList<>();
        for (Instruction instruction : stage.instructions()) {
            children.add(instruction(instruction));
        }
        Range range = new Range(from.range().start(), stage.last().range().end());
        return new OutlineSymbol(name, OutlineSymbol.Kind.CLASS, detail, range, naming.range(), children);
    }

    private static OutlineSymbol instruction(Instruction instruction) {
        String keyword = instruction.name();
        OutlineSymbol.Kind kind = switch (keyword) {
            case "ARG", "ENV" -> OutlineSymbol.Kind.VARIABLE;
            case "RUN", "CMD", "ENTRYPOINT", "HEALTHCHECK", "ONBUILD" -> OutlineSymbol.Kind.FUNCTION;
            default -> OutlineSymbol.Kind.PROPERTY;
        };
        String name = keyword;
        if (instruction instanceof ArgInstruction arg && !arg.declarations().isEmpty()) {
            name = keyword + " " + String.join(" ", arg.declarations().stream().map(d -> d.name().value()).toList());
        } else if (instruction instanceof KeyValueInstruction kv && kv.isEnv() && !kv.pairs().isEmpty()) {
            name = keyword + " " + String.join(" ", kv.pairs().stream().map(p -> p.key().value()).toList());
        }
        return new OutlineSymbol(name, kind, detail(instruction), instruction.range(), instruction.keyword().range(),
                List.of());
    }

    /** The instruction's arguments on one line, shortened. */
    private static String detail(Instruction instruction) {
        if (instruction instanceof ArgInstruction || instruction instanceof KeyValueInstruction kv && kv.isEnv()) {
            return "";
        }
        String text = instruction.argumentText().text().strip().replaceAll("\\s+", " ");
        return text.length() <= DETAIL_LENGTH ? text : text.substring(0, DETAIL_LENGTH - 1) + "…";
    }
}
