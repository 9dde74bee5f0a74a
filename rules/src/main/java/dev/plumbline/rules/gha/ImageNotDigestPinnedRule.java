package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.WorkflowImages;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.image.ImageReference;

/**
 * A job container, service container or {@code docker://} step image with a tag but no digest: a
 * tag can be re-pointed to other content. Off by default (policy for teams that pin by digest);
 * {@code latest} is {@link LatestTagRule}'s.
 */
public final class ImageNotDigestPinnedRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/image-not-digest-pinned", "Workflow image not pinned by digest",
            Severity.INFORMATION, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ZIZMOR, "unpinned-images")).offByDefault();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        for (WorkflowImages.Image image : WorkflowImages.of(context.model())) {
            ImageReference reference = image.reference();
            if (!reference.hasDigest() && reference.tag() != null && !reference.isLatest()) {
                context.report(image.range(ImageReference.Part.TAG), image.describe()
                        + " is pinned to a tag, which can be moved to other content; add its digest: "
                        + reference.name() + ":" + reference.tag() + "@sha256:<digest>");
            }
        }
    }
}
