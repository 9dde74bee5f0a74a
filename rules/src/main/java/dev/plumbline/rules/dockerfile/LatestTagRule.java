package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.ImageUse;
import dev.plumbline.syntax.dockerfile.Dockerfile;

/** An image reference that resolves to the {@code latest} tag without a digest. */
public final class LatestTagRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/latest-tag", "Image uses the latest tag",
            Severity.WARNING, Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL3007"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        for (ImageUse use : ImageUse.all(context.model())) {
            if (use.image().isLatest()) {
                context.report(use.tagRange().orElse(use.range()), use.describe()
                        + " uses the \"latest\" tag, which changes over time; pin a version (and ideally a digest)");
            }
        }
    }
}
