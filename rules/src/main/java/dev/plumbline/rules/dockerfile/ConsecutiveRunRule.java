package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.RunEdits;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Flag;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.RunInstruction;
import dev.plumbline.syntax.dockerfile.Stage;
import java.util.List;

/**
 * Two short RUNs in a row with the same flags: each adds a layer (and a cache step) for one or two
 * commands. Longer RUNs are left alone: splitting them is usually a deliberate caching choice.
 */
public final class ConsecutiveRunRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/consecutive-run", "Consecutive short RUN instructions",
            Severity.INFORMATION, Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL3059"));

    static final String FIX_TITLE = "Merge into the previous RUN";
    private static final int SHORT = 2;

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        Dockerfile dockerfile = context.model();
        for (Stage stage : dockerfile.stages()) {
            context.checkCanceled();
            RunInstruction previous = null;
            for (Instruction instruction : stage.instructions()) {
                if (!(instruction instanceof RunInstruction run) || !isShort(dockerfile, run)) {
                    previous = null;
                    continue;
                }
                if (previous != null && sameFlags(previous, run)) {
                    RuleContext<Dockerfile>.Report report = context.report(run.keyword().range(), "This RUN follows"
                            + " another short RUN with the same flags; merge them to save a layer")
                            .related(previous.keyword().range(), "the RUN before it");
                    RunInstruction before = previous;
                    RunEdits.merge(before, run, dockerfile.escapeChar()).ifPresent(edit -> report.fix(FIX_TITLE, edit));
                }
                previous = run;
            }
        }
    }

    /** At most two commands, read by a POSIX shell (or exec form), without heredocs. */
    private static boolean isShort(Dockerfile dockerfile, RunInstruction run) {
        if (!run.heredocs().isEmpty() || !(run.isExecForm() || dockerfile.shellAt(run).isPosix())) {
            return false;
        }
        int count = run.commands().size();
        return count > 0 && count <= SHORT;
    }

    private static boolean sameFlags(RunInstruction a, RunInstruction b) {
        List<String> first = a.flags().stream().map(Flag::value).map(v -> v.orElse("")).toList();
        List<String> second = b.flags().stream().map(Flag::value).map(v -> v.orElse("")).toList();
        List<String> firstNames = a.flags().stream().map(Flag::name).toList();
        List<String> secondNames = b.flags().stream().map(Flag::name).toList();
        return first.equals(second) && firstNames.equals(secondNames);
    }
}
