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

/** {@code ONBUILD ONBUILD}, {@code ONBUILD FROM} and {@code ONBUILD MAINTAINER}, which Docker forbids. */
public final class SyntaxOnbuildTriggerRule implements Rule<Dockerfile> {

    private static final PeerId DL3043 = PeerId.of(PeerId.HADOLINT, "DL3043");
    private static final PeerId CHAINING = DockerfileUtilsIds.of("ONBUILD_CHAINING_DISALLOWED");
    private static final PeerId TRIGGER = DockerfileUtilsIds.of("ONBUILD_TRIGGER_DISALLOWED");

    static final RuleMeta META = RuleMeta.of("dockerfile/syntax-onbuild-trigger", "Forbidden ONBUILD trigger",
            Severity.ERROR, Language.DOCKERFILE, DL3043, CHAINING, TRIGGER);

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
            if (problem.kind() == ParseProblem.Kind.ONBUILD_CHAINING) {
                context.report(problem.range(), problem.message()).peers(DL3043, CHAINING);
            } else if (problem.kind() == ParseProblem.Kind.ONBUILD_TRIGGER) {
                context.report(problem.range(), problem.message()).peers(DL3043, TRIGGER);
            }
        }
    }
}
