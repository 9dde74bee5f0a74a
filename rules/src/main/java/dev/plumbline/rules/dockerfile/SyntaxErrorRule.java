package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.ParseProblem;

/** Reports what Docker's parser would reject; the parser has already resumed after each one. */
public final class SyntaxErrorRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/syntax-error", "Dockerfile cannot be parsed",
            Severity.ERROR, Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL1000"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        for (ParseProblem problem : context.model().problems()) {
            context.report(problem.range(), problem.message());
        }
    }
}
