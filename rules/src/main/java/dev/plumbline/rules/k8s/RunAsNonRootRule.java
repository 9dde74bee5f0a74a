package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Fix;
import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.HardenedSecurityContext;
import dev.plumbline.rules.k8s.support.MappingEdits;
import dev.plumbline.rules.k8s.support.NewEntry;
import dev.plumbline.rules.k8s.support.Patches;
import dev.plumbline.rules.k8s.support.SpecEdits;
import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.PodSpec;
import dev.plumbline.syntax.k8s.SecuritySetting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A container (ephemeral ones included) that may run as root: its effective securityContext (its
 * own, falling back to the pod's) sets neither {@code runAsNonRoot: true} nor a {@code runAsUser}
 * above 0; or whose effective {@code runAsGroup} is 0. Explicit root ({@code runAsUser: 0},
 * {@code runAsNonRoot: false}) is {@link RunAsRootRule}'s. Windows pods are exempt.
 */
public final class RunAsNonRootRule implements Rule<KubernetesFile> {

    static final PeerId KL = PeerId.of(PeerId.KUBE_LINTER, "run-as-non-root");
    static final PeerId KS = PeerId.of(PeerId.KUBE_SCORE, "container-security-context-user-group-id");
    static final PeerId POL = PeerId.of(PeerId.POLARIS, "runAsRootAllowed");
    static final RuleMeta META = RuleMeta.of("k8s/run-as-non-root", "Container may run as root", Severity.WARNING,
            Language.KUBERNETES, KL, KS, POL);

    static final String FIX_TITLE = "Set runAsNonRoot: true and runAsUser: 1000";
    static final String GROUP_FIX_TITLE = "Set runAsGroup: 1000";

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
            boolean podGroupReported = false;
            boolean patch = Patches.isPatchFile(context);
            for (Container container : pod.containers()) {
                if (!patch) { // a patch's user may come from its base; a written runAsGroup 0 is judged anyway
                    checkUser(context, container);
                }
                Optional<SecuritySetting> group = container.effectiveSecurity("runAsGroup");
                if (group.isEmpty() || !KubeYaml.integerOf(group.get().value()).map(g -> g == 0).orElse(false)) {
                    continue;
                }
                if (group.get().fromPod()) {
                    if (!podGroupReported) {
                        podGroupReported = true;
                        reportGroup(context, container, group.get(), "The pod's runAsGroup 0 gives its containers");
                    }
                } else {
                    reportGroup(context, container, group.get(), "runAsGroup 0 gives " + container.describe());
                }
            }
        }
    }

    private static void checkUser(RuleContext<KubernetesFile> context, Container container) {
        Optional<SecuritySetting> nonRoot = container.effectiveSecurity("runAsNonRoot");
        Optional<Long> user = container.effectiveSecurity("runAsUser").flatMap(s -> KubeYaml.integerOf(s.value()));
        boolean explicitRoot = user.map(u -> u == 0).orElse(false)
                || nonRoot.map(s -> KubeYaml.isFalse(s.value())).orElse(false) && user.map(u -> u <= 0).orElse(true);
        boolean safe = user.map(u -> u > 0).orElse(false) || nonRoot.map(s -> KubeYaml.isTrue(s.value())).orElse(false);
        if (explicitRoot || safe) {
            return;
        }
        RuleContext<KubernetesFile>.Report report = context.report(container.ownerRange(), container.describe()
                + " may run as root: neither it nor its pod sets runAsNonRoot: true or a runAsUser above 0");
        report.peers(KL, KS, POL);
        List<NewEntry> fields = new ArrayList<>();
        fields.add(NewEntry.scalar("runAsNonRoot", "true"));
        fields.add(NewEntry.scalar("runAsUser", HardenedSecurityContext.USER));
        SpecEdits.securityContext(container, fields, context.document()).ifPresent(edits -> report.fix(
                new Fix(FIX_TITLE, edits)));
        HardenedSecurityContext.fix(container, context.document()).ifPresent(report::fix);
    }

    private static void reportGroup(RuleContext<KubernetesFile> context, Container container, SecuritySetting group,
            String subject) {
        RuleContext<KubernetesFile>.Report report = context.report(group.value().range(), subject
                + " the root group's file permissions; use a group id above 0");
        report.peers(KS);
        if (SpecEdits.editable(container, group)) {
            MappingEdits.setValue(group.entry(), HardenedSecurityContext.USER, context.document())
                    .ifPresent(edit -> report.fix(GROUP_FIX_TITLE, edit));
        }
    }
}
