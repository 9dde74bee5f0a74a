package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.ActionVersions;
import dev.plumbline.syntax.gha.UsesRef;
import dev.plumbline.syntax.gha.WorkflowFile;

/**
 * A {@code uses:} pinned to a full commit SHA without a trailing {@code # vX.Y.Z} comment: readers and
 * update bots (Dependabot, Renovate) rely on it to tell which release the SHA is. Whether the comment
 * matches the SHA needs the network and is not checked.
 */
public final class ShaPinMissingVersionCommentRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/sha-pin-missing-version-comment",
            "SHA pin without a version comment", Severity.HINT, Language.GITHUB_ACTIONS,
            PeerId.of(PeerId.ZIZMOR, "ref-version-mismatch")).offByDefault();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        ActionVersions versions = ActionVersions.of(context.model());
        for (UsesRef uses : context.model().uses()) {
            if (uses.isRemote() && uses.isFullSha() && uses.scalar().isPresent()
                    && versions.versionComment(uses).isEmpty()) {
                context.report(uses.refRange().orElseThrow(), "\"" + uses.name() + "\" is pinned to a commit SHA with"
                        + " no version comment; add the release it stands for: " + uses.name() + "@<sha> # v1.2.3");
            }
        }
    }
}
