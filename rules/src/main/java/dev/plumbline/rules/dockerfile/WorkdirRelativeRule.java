package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.Paths;
import dev.plumbline.rules.dockerfile.support.PossibleParents;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.Stage;

/**
 * A relative WORKDIR resolves against whatever working directory the base image happens to set.
 * Once an absolute WORKDIR is set earlier in the stage chain, relative ones are fine (BuildKit's rule).
 */
public final class WorkdirRelativeRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/workdir-relative", "WORKDIR is a relative path",
            Severity.WARNING, Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL3000"),
            PeerId.of(PeerId.BUILDKIT, "WorkdirRelativePath"), PeerId.of("dockerfile-utils", "WORKDIR_IS_NOT_ABSOLUTE"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        Dockerfile dockerfile = context.model();
        for (Stage stage : dockerfile.stages()) {
            context.checkCanceled();
            boolean absoluteSet = PossibleParents.of(dockerfile, stage).stream()
                    .flatMap(s -> s.instructions().stream())
                    .anyMatch(i -> i.is("WORKDIR") && Paths.isAbsoluteOrVariable(i.argumentText().text()));
            for (Stage s : dockerfile.stageChain(stage)) {
                boolean own = s == stage;
                for (Instruction instruction : s.instructions()) {
                    if (!instruction.is("WORKDIR") || instruction.arguments().isEmpty()) {
                        continue;
                    }
                    String path = instruction.argumentText().text();
                    if (Paths.isAbsoluteOrVariable(path)) {
                        absoluteSet = true;
                    } else if (own && !absoluteSet) {
                        context.report(instruction.argumentText().range(), "WORKDIR \"" + path.strip()
                                + "\" is relative and no absolute WORKDIR is set before it, so it depends on the base"
                                + " image's working directory; use an absolute path");
                    }
                }
            }
        }
    }
}
