package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.dockerfile.ArgInstruction;
import dev.plumbline.syntax.dockerfile.Comment;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.FromInstruction;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.shell.Word;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * BuildKit's (experimental) description comments: the comment right above an ARG or a named stage
 * documents it (for {@code docker buildx build --call=outline}) when it starts with that name. Off by
 * default: most comments above instructions are not meant as descriptions.
 */
public final class DefinitionDescriptionFormatRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/definition-description-format",
            "Description comment does not start with the name it describes", Severity.HINT, Language.DOCKERFILE,
            PeerId.of(PeerId.BUILDKIT, "InvalidDefinitionDescription")).offByDefault();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        Dockerfile dockerfile = context.model();
        for (Instruction instruction : dockerfile.instructions()) {
            Optional<Word> name = describedName(instruction);
            if (name.isEmpty()) {
                continue;
            }
            List<Comment> block = dockerfile.commentsAbove(instruction);
            Optional<Comment> first = block.stream().filter(c -> !isPragma(c)).findFirst();
            if (first.isEmpty()) {
                continue;
            }
            String text = first.get().content();
            String word = text.isEmpty() ? "" : text.split("[ \\t]+", 2)[0];
            String described = name.get().value();
            if (!word.equals(described)) {
                // on the name, so an ignore comment above the instruction covers it
                String kind = instruction instanceof FromInstruction ? "stage" : "ARG";
                context.report(name.get().range(), "The comment above " + kind + " \"" + described + "\" does not"
                        + " start with \"" + described + "\", so it is not read as its description; start it with the"
                        + " name, or separate it with an empty line");
            }
        }
    }

    /** The stage name of {@code FROM … AS name}, or the (first) name an ARG declares. */
    private static Optional<Word> describedName(Instruction instruction) {
        if (instruction instanceof FromInstruction from) {
            return from.stageName();
        }
        if (instruction instanceof ArgInstruction arg && !arg.declarations().isEmpty()) {
            return Optional.of(arg.declarations().get(0).name());
        }
        return Optional.empty();
    }

    /** Ignore and shell comments of Plumbline and hadolint are instructions to linters, not descriptions. */
    private static boolean isPragma(Comment comment) {
        String text = comment.content().toLowerCase(Locale.ROOT);
        return text.startsWith("plumbline ") || text.startsWith("hadolint ") || text.startsWith("check=")
                || text.startsWith("syntax=") || text.startsWith("escape=");
    }
}
