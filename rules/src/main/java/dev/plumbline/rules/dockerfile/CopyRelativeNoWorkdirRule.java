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
import dev.plumbline.syntax.shell.Word;
import java.util.List;

/** COPY or ADD to a relative destination while no WORKDIR is set: the files land wherever the base image points. */
public final class CopyRelativeNoWorkdirRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/copy-relative-no-workdir",
            "COPY to a relative path without WORKDIR", Severity.WARNING, Language.DOCKERFILE,
            PeerId.of(PeerId.HADOLINT, "DL3045"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        Dockerfile dockerfile = context.model();
        for (Stage stage : dockerfile.stages()) {
            context.checkCanceled();
            List<Stage> chain = dockerfile.stageChain(stage);
            if (chain.subList(0, chain.size() - 1).stream().anyMatch(CopyRelativeNoWorkdirRule::setsWorkdir)
                    || PossibleParents.of(dockerfile, stage).stream().anyMatch(CopyRelativeNoWorkdirRule::setsWorkdir)) {
                continue;
            }
            for (Instruction instruction : stage.instructions()) {
                if (instruction.is("WORKDIR")) {
                    break;
                }
                if (!instruction.is("COPY") && !instruction.is("ADD")) {
                    continue;
                }
                List<Word> args = instruction.arguments();
                if (args.size() < 2) {
                    continue;
                }
                Word destination = args.get(args.size() - 1);
                if (!Paths.isAbsoluteOrVariable(destination.value())) {
                    context.report(destination.range(), instruction.name() + " to the relative path \""
                            + destination.value() + "\" while no WORKDIR is set, so the files land in the base image's"
                            + " working directory; set WORKDIR first or use an absolute path");
                }
            }
        }
    }

    private static boolean setsWorkdir(Stage stage) {
        return stage.instructions().stream().anyMatch(i -> i.is("WORKDIR"));
    }
}
