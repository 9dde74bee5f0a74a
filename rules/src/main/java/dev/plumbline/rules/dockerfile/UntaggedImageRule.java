package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.ImageUse;
import dev.plumbline.syntax.dockerfile.FromInstruction;
import dev.plumbline.syntax.dockerfile.Dockerfile;

/** An external image reference with neither tag nor digest, which Docker reads as {@code latest}. */
public final class UntaggedImageRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/untagged-image", "Image has no tag or digest",
            Severity.WARNING, Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL3006"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        for (ImageUse use : ImageUse.all(context.model())) {
            if (use.image().isUntagged() && !looksLikeAStageName(use)) {
                context.report(use.range(), use.describe()
                        + " has no tag or digest, so it means \"latest\"; pin a version (and ideally a digest)");
            }
        }
    }

    /**
     * A bare name after {@code --from} (no registry, tag or digest) is most likely a mistyped or missing
     * stage: copy-from-unknown-stage reports it, with the nearest stage name as its fix.
     */
    private static boolean looksLikeAStageName(ImageUse use) {
        return !(use.instruction() instanceof FromInstruction) && CopyFromUnknownStageRule.isBareName(use.image().text());
    }
}
