package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.Distro;
import dev.plumbline.rules.dockerfile.support.FinalImage;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Stage;
import dev.plumbline.text.TextEdit;
import java.util.Optional;

/**
 * No USER anywhere in the final stage chain, so the image runs as root. Exempt: images that only
 * carry files out of the build, Windows images, and base images known to run as a non-root user
 * ({@code …:nonroot} tags, Chainguard images).
 */
public final class MissingUserRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/missing-user", "Final image runs as root (no USER)",
            Severity.WARNING, Language.DOCKERFILE);

    static final String FIX_TITLE = "Add a non-root user and USER";
    /** Above the first UIDs distributions hand out (1000: e.g. ubuntu, node), so it clashes with no existing user. */
    static final String UID = "10001";

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
        if (dockerfile.stageGraph().lastInChain(stage, "USER").isPresent()
                || FinalImage.isArtifactOnly(dockerfile, stage)
                || Distro.isWindows(dockerfile, stage)
                || FinalImage.runsAsNonRootByDefault(dockerfile.stageGraph().rootImage(stage))) {
            return;
        }
        RuleContext<Dockerfile>.Report report = context.report(stage.from().keyword().range(),
                "The final stage sets no USER, so the container runs as root; add a non-root user");
        userCreation(Distro.of(dockerfile, stage)).ifPresent(creation -> report.fix(FIX_TITLE,
                FinalImage.insertBeforeCommand(dockerfile, stage, FinalImage.afterBuildSteps(stage), creation,
                        "USER " + UID + ":" + UID)));
    }

    /** The command that creates user and group {@code app} with {@link #UID}, for distributions we know. */
    static Optional<String> userCreation(Distro distro) {
        return switch (distro) {
            case DEBIAN -> Optional.of("RUN groupadd --system --gid " + UID + " app && useradd --system --uid " + UID
                    + " --gid app --no-create-home app");
            case ALPINE -> Optional.of("RUN addgroup -S -g " + UID + " app && adduser -S -D -H -u " + UID + " -G app app");
            case UNKNOWN -> Optional.empty();
        };
    }
}
