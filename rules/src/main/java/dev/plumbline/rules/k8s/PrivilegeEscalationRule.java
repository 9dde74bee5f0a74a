package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.HardenedSecurityContext;
import dev.plumbline.rules.k8s.support.Patches;
import dev.plumbline.rules.k8s.support.SecurityContextEdits;
import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.Range;
import java.util.Optional;

/**
 * A container (init and ephemeral ones included) whose own securityContext does not set
 * {@code allowPrivilegeEscalation: false}. The pod-level key does not exist in the API, so it does not
 * count; privileged containers are left to the privileged-container rule, Windows pods are exempt.
 */
public final class PrivilegeEscalationRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/privilege-escalation", "Container allows privilege escalation",
            Severity.WARNING, Language.KUBERNETES,
            PeerId.of(PeerId.KUBE_LINTER, "privilege-escalation-container"),
            PeerId.of(PeerId.POLARIS, "privilegeEscalationAllowed"));

    static final String FIELD = "allowPrivilegeEscalation";
    static final String FIX_TITLE = "Set allowPrivilegeEscalation: false";
    private static final String CONSEQUENCE = "a process in it can gain more privileges than its parent"
            + " (through setuid binaries or file capabilities)";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (Container container : context.model().containers()) {
            if (container.pod().isWindows()) {
                continue; // a Linux-only field: the API rejects it in pods with os.name windows
            }
            Optional<YamlMapping> securityContext = container.securityContext();
            if (securityContext.flatMap(sc -> KubeYaml.get(sc, "privileged")).filter(KubeYaml::isTrue).isPresent()) {
                continue;
            }
            Optional<YamlEntry> setting = securityContext.flatMap(sc -> KubeYaml.entry(sc, FIELD));
            if (setting.isPresent() && KubeYaml.isFalse(setting.get().value())) {
                continue;
            }
            RuleContext<KubernetesFile>.Report report;
            if (setting.isPresent()) {
                boolean empty = setting.get().value() instanceof YamlScalar s && s.isEmpty();
                Range range = empty ? setting.get().range() : setting.get().value().range();
                String written = setting.get().value().sourceText();
                String what = empty ? "leaves " + FIELD + " empty"
                        : written.length() <= 20 && written.lines().count() == 1 ? "sets " + FIELD + " to " + written
                        : "sets " + FIELD + " to a value other than false";
                report = context.report(range, container.describe() + " " + what + ", so " + CONSEQUENCE
                        + "; set it to false");
            } else if (Patches.isPatchFile(context)) {
                continue; // a patch leaves the field to its base
            } else {
                report = context.report(container.ownerRange(), container.describe() + " does not set "
                        + FIELD + ": false, so " + CONSEQUENCE);
            }
            SecurityContextEdits.set(container, FIELD, "false", context.document())
                    .ifPresent(edit -> report.fix(FIX_TITLE, edit));
            HardenedSecurityContext.fix(container, context.document()).ifPresent(report::fix);
        }
    }
}
