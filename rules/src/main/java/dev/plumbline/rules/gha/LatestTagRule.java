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
 * A job container, service container or {@code docker://} step image (see {@link WorkflowImages})
 * that uses the "latest" tag: each run may pull a different image.
 */
public final class LatestTagRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/latest-tag", "Workflow image uses the latest tag", Severity.WARNING,
            Language.GITHUB_ACTIONS, PeerId.of(PeerId.ZIZMOR, "unpinned-images"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        for (WorkflowImages.Image image : WorkflowImages.of(context.model())) {
            if (image.reference().isLatest()) {
                context.report(image.range(ImageReference.Part.TAG), image.describe()
                        + " uses the \"latest\" tag, which changes over time; pin a version (and ideally a digest)");
            }
        }
    }
}
