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
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.Stage;
import dev.plumbline.syntax.shell.Word;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * No HEALTHCHECK in the final stage chain. {@code HEALTHCHECK NONE} is a decision, not a finding;
 * images that only carry files out of the build are exempt.
 */
public final class MissingHealthcheckRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/missing-healthcheck", "Final image has no HEALTHCHECK",
            Severity.WARNING, Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL3057"));

    static final String FIX_TITLE = "Add a HEALTHCHECK template";
    private static final Pattern PORT = Pattern.compile("[0-9]{1,5}(/tcp)?");

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
        if (dockerfile.stageGraph().healthcheck(stage).isPresent() || FinalImage.isArtifactOnly(dockerfile, stage)) {
            return;
        }
        RuleContext<Dockerfile>.Report report = context.report(stage.from().keyword().range(),
                "The final stage has no HEALTHCHECK, so nothing tells a stuck container from a healthy one");
        firstTcpPort(dockerfile, stage).ifPresent(port -> report.fix(FIX_TITLE, FinalImage.insertBeforeCommand(dockerfile,
                stage, FinalImage.afterBuildSteps(stage), template(Distro.of(dockerfile, stage), port))));
    }

    /** Probes the port over HTTP with what the distribution has (BusyBox wget on Alpine, else curl). */
    static String template(Distro distro, String port) {
        String probe = distro == Distro.ALPINE
                ? "wget -q --spider http://localhost:" + port + "/"
                : "curl -fsS http://localhost:" + port + "/";
        return "HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 CMD " + probe + " || exit 1";
    }

    /** The first literal TCP port EXPOSEd in the chain. */
    private static Optional<String> firstTcpPort(Dockerfile dockerfile, Stage stage) {
        for (Stage s : dockerfile.stageChain(stage)) {
            for (Instruction instruction : s.instructions()) {
                if (instruction.is("EXPOSE")) {
                    for (Word word : instruction.arguments()) {
                        if (PORT.matcher(word.value()).matches()) {
                            String port = word.value().replace("/tcp", "");
                            int number = Integer.parseInt(port);
                            if (number >= 1 && number <= 65535) {
                                return Optional.of(port);
                            }
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }
}
