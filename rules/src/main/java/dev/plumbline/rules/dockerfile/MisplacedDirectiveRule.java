package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.CheckDirective;
import dev.plumbline.rules.dockerfile.support.DirectiveLine;
import dev.plumbline.syntax.dockerfile.Comment;
import dev.plumbline.syntax.dockerfile.Directive;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.text.LineIndex;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code # syntax=}, {@code # escape=} or {@code # check=} line below the top of the file, where
 * Docker reads it as a plain comment.
 */
public final class MisplacedDirectiveRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/misplaced-directive", "Parser directive is not at the top",
            Severity.WARNING, Language.DOCKERFILE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        Dockerfile dockerfile = context.model();
        TextDocument doc = context.document();
        Set<Integer> suppressionLines = instructionSkips(dockerfile);
        Set<String> present = new HashSet<>();
        dockerfile.directives().forEach(d -> present.add(d.name()));
        for (Comment comment : dockerfile.comments()) {
            // a directive look-alike has an '=': most comments are told apart without reading their line again
            if (comment.insideInstruction() || comment.text().indexOf('=') < 0
                    || suppressionLines.contains(comment.line())) {
                continue;
            }
            Optional<DirectiveLine> found = DirectiveLine.known(dockerfile, comment);
            if (found.isEmpty() || afterShebang(doc, found.get())) {
                continue;
            }
            DirectiveLine directive = found.get();
            RuleContext<Dockerfile>.Report report = context.report(comment.range(), "\"# " + directive.key()
                    + "=\" is not at the top of the file, so Docker reads it as a plain comment");
            if (present.add(directive.key())) {
                report.fix("Move to the top of the file", moveToTop(doc, comment));
            }
        }
    }

    /**
     * Lines of {@code # check=skip=…} comments directly above an instruction other than the first:
     * Plumbline reads those as suppressions for that instruction.
     */
    private static Set<Integer> instructionSkips(Dockerfile dockerfile) {
        Set<Integer> lines = new HashSet<>();
        List<Instruction> instructions = dockerfile.instructions();
        for (Comment comment : dockerfile.comments()) {
            if (comment.text().indexOf('=') < 0) {
                continue; // no directive look-alike (most comments), told without reading the line again
            }
            Optional<Instruction> below = dockerfile.instructionBelow(comment);
            if (below.isEmpty() || below.get() == instructions.get(0)) {
                continue;
            }
            DirectiveLine.known(dockerfile, comment)
                    .filter(d -> d.key().equals(Directive.CHECK) && isSkipOnly(d.value()))
                    .ifPresent(d -> lines.add(d.line()));
        }
        return lines;
    }

    private static boolean isSkipOnly(String value) {
        CheckDirective check = CheckDirective.parse(value);
        return !check.skip().isEmpty() && check.problems().isEmpty() && !check.error() && !value.contains("experimental");
    }

    /** BuildKit finds {@code # syntax=} in the comment block that follows a {@code #!} first line. */
    private static boolean afterShebang(TextDocument doc, DirectiveLine directive) {
        if (!directive.key().equals(Directive.SYNTAX) || !doc.lineText(0).replace("\uFEFF", "").startsWith("#!")) {
            return false;
        }
        for (int line = 1; line < directive.line(); line++) {
            if (DirectiveLine.read(doc, line).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static TextEdit[] moveToTop(TextDocument doc, Comment comment) {
        LineIndex lines = doc.lineIndex();
        int line = comment.line();
        int start = lines.lineStart(line);
        int end = line + 1 < lines.lineCount() ? lines.lineStart(line + 1) : doc.text().length();
        String text = doc.text().substring(comment.startOffset(), lines.lineContentEnd(line, doc.text()));
        int top = doc.text().startsWith("\uFEFF") ? 1 : 0;
        TextEdit delete = line + 1 < lines.lineCount()
                ? new TextEdit(doc.rangeOf(start, end), "")
                : new TextEdit(doc.rangeOf(lines.lineContentEnd(line - 1, doc.text()), end), "");
        return new TextEdit[] {TextEdit.insert(doc.positionAt(top), text + doc.lineSeparator()), delete};
    }
}
