package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.OverriddenInstructions;
import dev.plumbline.syntax.dockerfile.Dockerfile;

/** A ENTRYPOINT that a later ENTRYPOINT of the same stage replaces: it never takes effect. */
public final class MultipleEntrypointRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/multiple-entrypoint", "More than one ENTRYPOINT in a stage",
            Severity.WARNING, Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL4004"),
            PeerId.of(PeerId.BUILDKIT, "MultipleInstructionsDisallowed"),
            PeerId.of("dockerfile-utils", "MULTIPLE_INSTRUCTIONS"));

    static final String FIX_TITLE = "Delete the overridden ENTRYPOINT";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        OverriddenInstructions.report(context, "ENTRYPOINT", FIX_TITLE);
    }
}
