package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.DockerfileUtilsIds;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.text.LineIndex;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;

/** A blank line between the continuation lines of an instruction. */
public final class EmptyContinuationLineRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/empty-continuation-line", "Empty continuation line",
            Severity.WARNING, Language.DOCKERFILE, PeerId.of(PeerId.BUILDKIT, "NoEmptyContinuation"),
            DockerfileUtilsIds.of("EMPTY_CONTINUATION_LINE"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        TextDocument doc = context.document();
        LineIndex lines = doc.lineIndex();
        String text = doc.text();
        for (Instruction instruction : context.model().instructions()) {
            // the logical line ends on the last continuation line; heredoc bodies come after it
            int last = lines.lineOf(instruction.line().endOffset());
            for (int line = instruction.startLine() + 1; line < last; line++) {
                int start = lines.lineStart(line);
                int end = lines.lineContentEnd(line, text);
                if (!text.substring(start, end).isBlank()) {
                    continue;
                }
                int next = line + 1 < lines.lineCount() ? lines.lineStart(line + 1) : text.length();
                context.report(start, end, "Empty line inside the continued " + instruction.name()
                        + ": it does not end the instruction; Docker skips it and warns that this will become an error")
                        .fix("Delete the empty line", new TextEdit(doc.rangeOf(start, next), ""));
            }
        }
    }
}
