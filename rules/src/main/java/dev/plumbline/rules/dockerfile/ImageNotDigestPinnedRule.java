package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.ImageUse;
import dev.plumbline.syntax.dockerfile.Dockerfile;

/** An image pinned by tag only: a tag can be moved to other content, a digest cannot. Off by default. */
public final class ImageNotDigestPinnedRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/image-not-digest-pinned", "Image is not pinned by digest",
            Severity.INFORMATION, Language.DOCKERFILE).offByDefault();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        for (ImageUse use : ImageUse.all(context.model())) {
            if (use.image().isImage() && use.image().tagName().isPresent() && !use.image().hasDigest()) {
                context.report(use.range(), use.describe() + " is pinned by tag only; add its @sha256: digest so the"
                        + " content cannot change under the same tag");
            }
        }
    }
}
