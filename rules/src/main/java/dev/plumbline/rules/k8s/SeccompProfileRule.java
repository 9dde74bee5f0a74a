package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Fix;
import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.MappingEdits;
import dev.plumbline.rules.k8s.support.NewEntry;
import dev.plumbline.rules.k8s.support.Patches;
import dev.plumbline.rules.k8s.support.SpecEdits;
import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.ContainerList;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.PodSpec;
import dev.plumbline.syntax.k8s.SecuritySetting;
import dev.plumbline.syntax.yaml.YamlEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Containers (and init containers) that run without seccomp filtering: neither they nor their pod
 * set a {@code seccompProfile} (reported once per pod, with a fix that sets RuntimeDefault at pod
 * level), or the profile that applies to them is {@code Unconfined} (reported on that value, once
 * for a pod-level one). Windows pods are exempt.
 */
public final class SeccompProfileRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/seccomp-profile", "Container runs without a seccomp profile",
            Severity.INFORMATION, Language.KUBERNETES,
            PeerId.of(PeerId.KUBE_SCORE, "container-seccomp-profile"), PeerId.of(PeerId.POLARIS, "linuxHardening"));

    static final String FIX_TITLE = "Set seccompProfile type RuntimeDefault for the pod";
    static final String UNCONFINED_FIX_TITLE = "Use the RuntimeDefault seccomp profile";
    private static final List<NewEntry> POD_PROFILE = List.of(
            NewEntry.mapping("seccompProfile", NewEntry.scalar("type", "RuntimeDefault")));

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
            List<String> unfiltered = new ArrayList<>();
            boolean podUnconfinedReported = false;
            for (Container container : pod.containers(ContainerList.CONTAINERS, ContainerList.INIT_CONTAINERS)) {
                Optional<SecuritySetting> profile = container.effectiveSecurity("seccompProfile");
                if (profile.isEmpty()) {
                    unfiltered.add(container.name().map(n -> "\"" + n + "\"").orElse("#" + (container.index() + 1)));
                    continue;
                }
                Optional<YamlEntry> type = profile.get().value().asMapping().flatMap(m -> KubeYaml.entry(m, "type"));
                if (type.isEmpty() || !type.get().value().asText().map("Unconfined"::equals).orElse(false)) {
                    continue;
                }
                if (profile.get().fromPod()) {
                    if (podUnconfinedReported) {
                        continue;
                    }
                    podUnconfinedReported = true;
                }
                String who = profile.get().fromPod() ? "The pod's seccompProfile" : container.describe() + "'s seccompProfile";
                RuleContext<KubernetesFile>.Report report = context.report(type.get().value().range(), who
                        + " is Unconfined, so " + (profile.get().fromPod() ? "its containers" : "it")
                        + " can make every system call, including the ones container escapes use");
                boolean editable = profile.get().fromPod()
                        ? SpecEdits.editable(container, new SecuritySetting(profile.get().entry(), true))
                        : container.writtenInside(type.get().value());
                if (editable) {
                    MappingEdits.setValue(type.get(), "RuntimeDefault", context.document())
                            .ifPresent(edit -> report.fix(UNCONFINED_FIX_TITLE, edit));
                }
            }
            if (!unfiltered.isEmpty() && !Patches.isPatchFile(context)) { // a patch's profile may be its base's
                RuleContext<KubernetesFile>.Report report = context.report(pod.ownerRange(), pod.resource().describe()
                        + " sets no seccompProfile for its pod or for " + (unfiltered.size() == 1 ? "container "
                        : "containers ") + String.join(", ", unfiltered) + ", so " + (unfiltered.size() == 1 ? "it" : "they")
                        + " can make system calls the runtime's default profile would block");
                SpecEdits.securityContext(pod, POD_PROFILE, context.document())
                        .ifPresent(edits -> report.fix(new Fix(FIX_TITLE, edits)));
            }
        }
    }
}
