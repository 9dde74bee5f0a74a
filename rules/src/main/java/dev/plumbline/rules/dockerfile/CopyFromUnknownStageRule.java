package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.Names;
import dev.plumbline.rules.dockerfile.support.StageSources;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.ImageRef;
import dev.plumbline.syntax.dockerfile.Stage;
import dev.plumbline.text.TextEdit;
import java.util.List;
import java.util.Optional;

/**
 * A {@code --from} value that names no stage of this file, is no valid stage index, and does not look
 * like an image reference (one would contain {@code :}, {@code /} or {@code @}): Docker would pull it
 * as an image from Docker Hub, which is rarely what a typo meant.
 */
public final class CopyFromUnknownStageRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/copy-from-unknown-stage", "--from names no stage",
            Severity.WARNING, Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL3022"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        Dockerfile dockerfile = context.model();
        List<String> names = dockerfile.everyStage().stream()
                .flatMap(s -> s.from().stageName().stream()).map(w -> w.value()).toList();
        for (StageSources source : StageSources.all(dockerfile)) {
            ImageRef ref = dockerfile.sourceImage(source.value(), source.at());
            String resolved = ref.text();
            boolean unknown = switch (ref.kind()) {
                case STAGE -> isIndex(resolved) && !validIndex(resolved, dockerfile.everyStage());
                case IMAGE -> isBareName(resolved);
                default -> false;
            };
            if (!unknown) {
                continue;
            }
            var report = context.report(source.range(), isIndex(resolved)
                    ? "--from=" + resolved + " is not a stage index of this file (it has " + dockerfile.everyStage().size() + " stages)"
                    : "--from=" + resolved + " names no stage of this file; Docker would pull it as the image \""
                            + resolved + ":latest\"");
            Optional<String> nearest = isIndex(resolved) ? Optional.empty() : Names.nearest(resolved, names, 2);
            if (nearest.isPresent() && source.literal()) {
                report.fix("Replace with \"" + nearest.get() + "\"", new TextEdit(source.range(), nearest.get()));
            }
        }
    }

    /** No registry, tag or digest: after {@code --from}, most likely a stage that does not exist. */
    static boolean isBareName(String reference) {
        return reference.indexOf(':') < 0 && reference.indexOf('/') < 0 && reference.indexOf('@') < 0;
    }

    private static boolean isIndex(String value) {
        return !value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean validIndex(String value, List<Stage> stages) {
        return value.length() < 7 && Integer.parseInt(value) < stages.size();
    }
}
