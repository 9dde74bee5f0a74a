package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.FinalImage;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.Stage;
import dev.plumbline.syntax.dockerfile.StageGraph;
import dev.plumbline.text.TextEdit;
import java.util.Optional;

/**
 * The USER the final image ends with is root. A USER root in a build stage, or one followed by a
 * non-root USER, is fine (unlike hadolint, which flags every USER root).
 */
public final class RootUserRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/root-user", "Final image runs as root (USER root)",
            Severity.WARNING, Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL3002"));

    static final String REPLACE_TITLE = "Replace with USER " + MissingUserRule.UID + ":" + MissingUserRule.UID;
    static final String INSERT_TITLE = "Switch to USER " + MissingUserRule.UID + ":" + MissingUserRule.UID
            + " before the container starts";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        Dockerfile dockerfile = context.model();
        if (FinalImage.isDevContainer(context.document())) {
            return;
        }
        Optional<Stage> last = dockerfile.finalStage();
        if (last.isEmpty()) {
            return;
        }
        Stage stage = last.get();
        Optional<StageGraph.User> user = dockerfile.effectiveUser(stage);
        if (user.isEmpty() || !user.get().isRoot()) {
            return;
        }
        Instruction instruction = user.get().instruction();
        String target = MissingUserRule.UID + ":" + MissingUserRule.UID;
        RuleContext<Dockerfile>.Report report = context.report(user.get().argument().range(), "The final image runs as \""
                + user.get().value().orElse("") + "\"; switch to a non-root user before the container starts");
        boolean inFinalStage = instruction.stageIndex() == stage.index();
        boolean buildStepsFollow = !inFinalStage || FinalImage.afterBuildSteps(stage) > instruction.startOffset();
        if (buildStepsFollow) {
            // what follows may need root: switch just before the container starts
            report.fix(INSERT_TITLE, FinalImage.insertBeforeCommand(dockerfile, stage, FinalImage.afterBuildSteps(stage),
                    "USER " + target));
        } else {
            report.fix(REPLACE_TITLE, new TextEdit(user.get().argument().range(), target));
        }
    }
}
