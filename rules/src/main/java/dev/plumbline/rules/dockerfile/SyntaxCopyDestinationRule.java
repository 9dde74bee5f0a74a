package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.DockerfileUtilsIds;
import dev.plumbline.rules.dockerfile.support.Instructions;
import dev.plumbline.rules.dockerfile.support.Templates;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.TextEdit;
import java.util.List;

/** COPY or ADD with several sources whose destination does not end in {@code /}. */
public final class SyntaxCopyDestinationRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/syntax-copy-destination",
            "Several sources need a directory destination", Severity.WARNING, Language.DOCKERFILE,
            PeerId.of(PeerId.HADOLINT, "DL3021"), DockerfileUtilsIds.of("INVALID_DESTINATION"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        if (Templates.isTemplate(context.model())) {
            return; // not built as written
        }
        for (Instruction instruction : Instructions.withTriggers(context.model())) {
            if (!instruction.is("COPY") && !instruction.is("ADD")) {
                continue;
            }
            List<Word> args = instruction.arguments();
            if (args.size() < 3) {
                continue;
            }
            Word destination = args.get(args.size() - 1);
            String value = destination.value();
            String raw = destination.text();
            if (value.contains("$") || endsLikeDirectory(value) || endsLikeDirectory(raw)) {
                continue;
            }
            context.report(destination.range(), instruction.name() + " with " + (args.size() - 1)
                    + " sources needs a directory destination ending in /, not \"" + value
                    + "\"; only BuildKit accepts it without")
                    .fix("Append / to the destination", TextEdit.insert(
                            context.document().positionAt(insertAt(destination, instruction.isExecForm())), "/"));
        }
    }

    private static boolean endsLikeDirectory(String path) {
        return path.endsWith("/") || path.endsWith("\\");
    }

    /** Inside a closing quote (JSON element or quoted word), else at the end. */
    private static int insertAt(Word destination, boolean exec) {
        String raw = destination.text();
        boolean quoted = exec || raw.length() >= 2 && (raw.endsWith("\"") || raw.endsWith("'"));
        return quoted ? destination.endOffset() - 1 : destination.endOffset();
    }
}
