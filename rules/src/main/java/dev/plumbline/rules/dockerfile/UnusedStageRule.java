package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Stage;
import dev.plumbline.syntax.dockerfile.StageGraph;

/** A named stage, not final, that nothing uses: it is built only with {@code --target}. */
public final class UnusedStageRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/unused-stage", "Stage is never used", Severity.HINT,
            Language.DOCKERFILE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        Dockerfile dockerfile = context.model();
        StageGraph graph = dockerfile.stageGraph();
        boolean[] used = new boolean[dockerfile.stages().size()];
        graph.uses().forEach(u -> used[u.target().index()] = true);
        int last = dockerfile.stages().size() - 1;
        for (Stage stage : dockerfile.stages()) {
            if (stage.index() != last && !used[stage.index()]) {
                stage.from().stageName().ifPresent(name -> context.report(name.range(), "Stage \"" + name.value()
                        + "\" is not used by a later stage and is not the final one; it is built only with --target="
                        + name.value()));
            }
        }
    }
}
