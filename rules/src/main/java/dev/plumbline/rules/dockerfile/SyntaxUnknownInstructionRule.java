package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.DockerfileUtilsIds;
import dev.plumbline.rules.dockerfile.support.Instructions;
import dev.plumbline.rules.dockerfile.support.Suggestions;
import dev.plumbline.rules.dockerfile.support.Templates;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.DockerfileParser;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.TextEdit;
import java.util.List;
import java.util.Locale;

/** The first word of an instruction line (or of an ONBUILD trigger) is no Dockerfile instruction. */
public final class SyntaxUnknownInstructionRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/syntax-unknown-instruction", "Unknown instruction",
            Severity.ERROR, Language.DOCKERFILE, DockerfileUtilsIds.of("UNKNOWN_INSTRUCTION"));

    private static final List<String> KEYWORDS = DockerfileParser.KEYWORDS.stream().sorted().toList();

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
            if (Instructions.isKnown(instruction)) {
                continue;
            }
            Word keyword = instruction.keyword();
            List<String> nearest = Suggestions.nearest(keyword.text(), KEYWORDS, 2);
            boolean lower = keyword.text().equals(keyword.text().toLowerCase(Locale.ROOT));
            List<String> written = nearest.stream().map(k -> lower ? k.toLowerCase(Locale.ROOT) : k).toList();
            String message = "Unknown instruction \"" + keyword.text() + "\""
                    + (written.isEmpty() ? "" : "; did you mean " + String.join(" or ", written) + "?");
            RuleContext<Dockerfile>.Report report = context.report(keyword.range(), message);
            for (String replacement : written) {
                report.fix("Replace with " + replacement, new TextEdit(keyword.range(), replacement));
            }
        }
    }
}
