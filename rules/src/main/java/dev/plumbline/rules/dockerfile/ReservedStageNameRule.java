package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Stage;
import java.util.Set;

/** A stage named {@code scratch} or {@code context}, words Docker gives another meaning. */
public final class ReservedStageNameRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/reserved-stage-name", "Reserved stage name", Severity.WARNING,
            Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL3063"), PeerId.of(PeerId.BUILDKIT, "ReservedStageName"));

    private static final Set<String> RESERVED = Set.of("scratch", "context");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        for (Stage stage : context.model().stages()) {
            stage.from().stageName().filter(w -> stage.name().map(RESERVED::contains).orElse(false)).ifPresent(w ->
                    context.report(w.range(), "\"" + w.value() + "\" is a reserved word and cannot be used as a stage name"
                            + " (\"scratch\" is the empty image, \"context\" the build context)"));
        }
    }
}
