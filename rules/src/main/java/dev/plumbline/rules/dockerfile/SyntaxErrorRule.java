package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.DockerfileUtilsIds;
import dev.plumbline.rules.dockerfile.support.Templates;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.ParseProblem;

/**
 * Reports text Docker's parser cannot read (the parser has already resumed after each one). Problems
 * of the finer kinds (directives, ENV/LABEL pairs, SHELL, ONBUILD triggers) belong to their own rules.
 */
public final class SyntaxErrorRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/syntax-error", "Dockerfile cannot be parsed",
            Severity.ERROR, Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL1000"), DockerfileUtilsIds.of("INVALID_SYNTAX"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        if (Templates.isTemplate(context.model())) {
            return; // not built as written
        }
        for (ParseProblem problem : context.model().problems()) {
            if (problem.kind() == ParseProblem.Kind.SYNTAX) {
                context.report(problem.range(), problem.message());
            }
        }
    }
}
