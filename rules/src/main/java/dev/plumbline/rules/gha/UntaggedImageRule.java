package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.WorkflowImages;
import dev.plumbline.syntax.gha.WorkflowFile;

/**
 * A job container, service container or {@code docker://} step image (see {@link WorkflowImages})
 * that has no tag: each run may pull a different image.
 */
public final class UntaggedImageRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/untagged-image", "Workflow image has no tag", Severity.WARNING,
            Language.GITHUB_ACTIONS, PeerId.of(PeerId.ZIZMOR, "unpinned-images"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        for (WorkflowImages.Image image : WorkflowImages.of(context.model())) {
            if (image.reference().isUntagged()) {
                context.report(image.range(), image.describe() + " has no tag, so it pulls \"latest\", which changes"
                        + " over time; pin a version (and ideally a digest)");
            }
        }
    }
}
