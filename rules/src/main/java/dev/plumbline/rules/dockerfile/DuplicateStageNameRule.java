package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Stage;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.Range;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Two stages with the same name (compared without case); the later ones are flagged. */
public final class DuplicateStageNameRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/duplicate-stage-name", "Duplicate stage name", Severity.ERROR,
            Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL3024"), PeerId.of(PeerId.BUILDKIT, "DuplicateStageName"),
            PeerId.of("dockerfile-utils", "DUPLICATE_BUILD_STAGE_NAME"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        Map<String, Stage> first = new HashMap<>();
        for (Stage stage : context.model().stages()) {
            Optional<String> name = stage.name();
            Optional<Word> word = stage.from().stageName();
            if (name.isEmpty() || word.isEmpty()) {
                continue;
            }
            Stage earlier = first.putIfAbsent(name.get(), stage);
            if (earlier != null) {
                Range firstName = earlier.from().stageName().map(Word::range).orElse(earlier.from().keyword().range());
                context.report(word.get().range(), "Stage name \"" + word.get().value() + "\" is already used by the stage on line "
                        + (earlier.from().startLine() + 1) + "; stage names must be unique")
                        .related(firstName, "the stage that first uses the name");
            }
        }
    }
}
