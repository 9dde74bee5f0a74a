package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.CheckDirective;
import dev.plumbline.rules.dockerfile.support.DirectiveLine;
import dev.plumbline.rules.dockerfile.support.DockerfileUtilsIds;
import dev.plumbline.syntax.dockerfile.Directive;
import dev.plumbline.rules.dockerfile.support.Templates;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.ParseProblem;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.Optional;

/** A parser directive Docker rejects: an invalid escape character, a directive given twice, a bad {@code check=} option. */
public final class SyntaxDirectiveRule implements Rule<Dockerfile> {

    private static final PeerId INVALID_ESCAPE = DockerfileUtilsIds.of("INVALID_ESCAPE_DIRECTIVE");
    private static final PeerId DUPLICATED_ESCAPE = DockerfileUtilsIds.of("DUPLICATED_ESCAPE_DIRECTIVE");

    static final RuleMeta META = RuleMeta.of("dockerfile/syntax-directive", "Invalid parser directive",
            Severity.ERROR, Language.DOCKERFILE, INVALID_ESCAPE, DUPLICATED_ESCAPE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        if (Templates.isTemplate(context.model())) {
            return; // not built as written
        }
        Dockerfile dockerfile = context.model();
        TextDocument doc = context.document();
        for (ParseProblem problem : dockerfile.problems()) {
            if (problem.kind() == ParseProblem.Kind.INVALID_ESCAPE) {
                context.report(problem.range(), problem.message()).peers(INVALID_ESCAPE);
            } else if (problem.kind() == ParseProblem.Kind.DUPLICATE_DIRECTIVE) {
                int line = problem.range().start().line();
                Optional<DirectiveLine> written = DirectiveLine.read(doc, line);
                boolean escape = written.map(d -> d.key().equals(Directive.ESCAPE)).orElse(false);
                int start = doc.lineIndex().lineStart(line);
                int end = line + 1 < doc.lineIndex().lineCount() ? doc.lineIndex().lineStart(line + 1) : doc.text().length();
                context.report(problem.range(), problem.message() + "; Docker rejects the file")
                        .peers(escape ? new PeerId[] {DUPLICATED_ESCAPE} : new PeerId[0])
                        .fix("Delete the duplicate directive", new TextEdit(doc.rangeOf(start, end), ""));
            }
        }
        dockerfile.directive(Directive.CHECK).ifPresent(check -> {
            int valueStart = doc.offsetAt(check.valueRange().start());
            for (CheckDirective.Problem problem : CheckDirective.parse(check.value()).problems()) {
                context.report(valueStart + problem.start(), valueStart + problem.end(), problem.message()).peers();
            }
        });
    }
}
