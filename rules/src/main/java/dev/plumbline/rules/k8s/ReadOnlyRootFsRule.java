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
import dev.plumbline.rules.k8s.support.Written;
import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.ContainerList;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.PodSpec;
import dev.plumbline.syntax.yaml.YamlEntry;
import java.util.Optional;

/**
 * A container or init container whose own securityContext does not set
 * {@code readOnlyRootFilesystem: true} (the field exists only on containers). Windows pods are exempt:
 * the field does not apply to them.
 */
public final class ReadOnlyRootFsRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/read-only-root-fs", "Container root filesystem is writable",
            Severity.WARNING, Language.KUBERNETES,
            PeerId.of(PeerId.KUBE_LINTER, "no-read-only-root-fs"),
            PeerId.of(PeerId.KUBE_SCORE, "container-security-context-readonlyrootfilesystem"),
            PeerId.of(PeerId.POLARIS, "notReadOnlyRootFilesystem"));

    static final String FIELD = "readOnlyRootFilesystem";
    static final String FIX_TITLE = "Set readOnlyRootFilesystem: true";
    private static final String CONSEQUENCE = "so anything running in it can change its binaries and configuration";

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
            for (Container container : pod.containers(ContainerList.CONTAINERS, ContainerList.INIT_CONTAINERS)) {
                Optional<YamlEntry> setting = container.securityContext().flatMap(sc -> KubeYaml.entry(sc, FIELD))
                        .filter(e -> !e.value().isNull());
                if (setting.isPresent() ? KubeYaml.isTrue(setting.get().value()) : Patches.isPatchFile(context)) {
                    continue; // set to true, or left to a patch's base
                }
                RuleContext<KubernetesFile>.Report report = setting.isPresent()
                        ? context.report(setting.get().value().range(), container.describe() + " sets " + FIELD + " "
                                + Written.to(setting.get().value(), "to a value other than true") + ", " + CONSEQUENCE)
                        : context.report(container.ownerRange(), container.describe() + " does not set " + FIELD
                                + ": true, " + CONSEQUENCE);
                SecurityContextEdits.set(container, FIELD, "true", context.document())
                        .ifPresent(edit -> report.fix(FIX_TITLE, edit));
                HardenedSecurityContext.fix(container, context.document()).ifPresent(report::fix);
            }
        }
    }
}
