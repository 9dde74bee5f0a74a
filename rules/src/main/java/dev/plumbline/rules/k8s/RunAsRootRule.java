package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Fix;
import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.HardenedSecurityContext;
import dev.plumbline.rules.k8s.support.NewEntry;
import dev.plumbline.rules.k8s.support.SpecEdits;
import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.PodSpec;
import dev.plumbline.syntax.k8s.SecuritySetting;
import dev.plumbline.syntax.yaml.YamlEntry;
import java.util.List;
import java.util.Optional;

/**
 * A container that is explicitly run as root: its effective {@code runAsUser} is 0, or its effective
 * {@code runAsNonRoot} is {@code false} while no UID above 0 is set. A container value overrides the
 * pod's. Reported once per place it is written: on the container's own value, or once on the pod's
 * value when at least one container inherits it. Windows pods are exempt.
 */
public final class RunAsRootRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/run-as-root", "Container runs as root", Severity.ERROR,
            Language.KUBERNETES, PeerId.of(PeerId.KUBE_LINTER, "run-as-non-root"),
            PeerId.of(PeerId.POLARIS, "runAsRootAllowed"));

    static final String FIX_TITLE = "Set runAsUser: 1000 and runAsNonRoot: true";
    private static final List<NewEntry> FIELDS = List.of(
            NewEntry.scalar("runAsUser", HardenedSecurityContext.USER), NewEntry.scalar("runAsNonRoot", "true"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (PodSpec pod : context.model().podSpecs()) {
            if (pod.isWindows()) {
                continue;
            }
            boolean podReported = false;
            for (Container container : pod.containers()) {
                Optional<SecuritySetting> root = rootSetting(container);
                if (root.isEmpty()) {
                    continue;
                }
                if (!root.get().fromPod()) {
                    RuleContext<KubernetesFile>.Report report = context.report(root.get().value().range(),
                            container.describe() + " " + what(root.get().entry(), "it") + "; run it as a user above 0");
                    SpecEdits.securityContext(container, FIELDS, context.document())
                            .ifPresent(edits -> report.fix(new Fix(FIX_TITLE, edits)));
                } else if (!podReported) {
                    podReported = true;
                    RuleContext<KubernetesFile>.Report report = context.report(root.get().value().range(),
                            "The pod's securityContext " + what(root.get().entry(), "its containers")
                                    + "; run them as a user above 0");
                    SpecEdits.securityContext(pod, FIELDS, context.document())
                            .ifPresent(edits -> report.fix(new Fix(FIX_TITLE, edits)));
                }
            }
        }
    }

    /**
     * The setting that makes the container run as root: {@code runAsUser: 0} first, else a false
     * {@code runAsNonRoot} when no UID above 0 applies; whichever level it comes from.
     */
    static Optional<SecuritySetting> rootSetting(Container container) {
        Optional<SecuritySetting> user = container.effectiveSecurity("runAsUser");
        Optional<Long> uid = user.flatMap(s -> KubeYaml.integerOf(s.value()));
        if (uid.isPresent() && uid.get() == 0) {
            return user;
        }
        if (uid.map(u -> u > 0).orElse(false)) {
            return Optional.empty();
        }
        return container.effectiveSecurity("runAsNonRoot").filter(s -> KubeYaml.isFalse(s.value()));
    }

    private static String what(YamlEntry entry, String who) {
        return entry.hasKey("runAsUser") ? "sets runAsUser: 0, so " + who + " run" + (who.equals("it") ? "s" : "")
                + " as root"
                : "sets runAsNonRoot to " + entry.value().sourceText() + " and no runAsUser above 0, so " + who
                        + " may run as root";
    }
}
