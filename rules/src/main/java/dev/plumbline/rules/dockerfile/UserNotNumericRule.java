package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.Distro;
import dev.plumbline.rules.dockerfile.support.FinalImage;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.StageGraph;
import java.util.Optional;

/** The final USER is a name, which Kubernetes {@code runAsNonRoot} cannot verify. ARG-provided values are exempt. */
public final class UserNotNumericRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/user-not-numeric", "Final USER is a name, not a UID",
            Severity.INFORMATION, Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL3066"));

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
        Optional<StageGraph.User> user = dockerfile.finalStage().flatMap(dockerfile::effectiveUser);
        if (dockerfile.finalStage().map(s -> Distro.isWindows(dockerfile, s)).orElse(true)) {
            return; // Windows users (ContainerUser) have no UIDs
        }
        if (user.isEmpty() || user.get().argument().text().indexOf('$') >= 0 || !user.get().isNonRoot()
                || user.get().isNumeric()) {
            return;
        }
        context.report(user.get().argument().range(), "USER \"" + user.get().user().orElse("")
                + "\" is a name; use its numeric UID (e.g. USER 10001:10001) so Kubernetes runAsNonRoot can verify it");
    }
}
