package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Fix;
import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.NewEntry;
import dev.plumbline.rules.k8s.support.SpecEdits;
import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.PodSpec;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import java.util.List;
import java.util.Optional;

/**
 * A privileged container ({@code privileged: true}, any container list) or a Windows HostProcess
 * container ({@code windowsOptions.hostProcess: true} on the container, or once on the pod).
 */
public final class PrivilegedContainerRule implements Rule<KubernetesFile> {

    static final PeerId KL = PeerId.of(PeerId.KUBE_LINTER, "privileged-container");
    static final PeerId KS = PeerId.of(PeerId.KUBE_SCORE, "container-security-context-privileged");
    static final PeerId POL_PRIVILEGED = PeerId.of(PeerId.POLARIS, "runAsPrivileged");
    static final PeerId POL_HOST_PROCESS = PeerId.of(PeerId.POLARIS, "hostProcess");
    static final RuleMeta META = RuleMeta.of("k8s/privileged-container", "Container is privileged", Severity.ERROR,
            Language.KUBERNETES, KL, KS, POL_PRIVILEGED, POL_HOST_PROCESS);

    static final String FIX_TITLE = "Set privileged: false and allowPrivilegeEscalation: false";
    private static final List<NewEntry> FIELDS = List.of(
            NewEntry.scalar("privileged", "false"), NewEntry.scalar("allowPrivilegeEscalation", "false"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (PodSpec pod : context.model().podSpecs()) {
            Optional<YamlNode> podHostProcess = pod.securityContext().flatMap(PrivilegedContainerRule::hostProcess);
            if (podHostProcess.isPresent() && KubeYaml.isTrue(podHostProcess.get())) {
                context.report(podHostProcess.get().range(), "The pod runs its containers as Windows HostProcess"
                        + " containers, with full access to the node").peers(POL_HOST_PROCESS);
            }
            for (Container container : pod.containers()) {
                Optional<YamlMapping> securityContext = container.securityContext();
                Optional<YamlNode> privileged = securityContext.flatMap(sc -> KubeYaml.get(sc, "privileged"));
                if (privileged.isPresent() && KubeYaml.isTrue(privileged.get())) {
                    RuleContext<KubernetesFile>.Report report = context.report(privileged.get().range(),
                            container.describe() + " is privileged: it gets every capability and the node's devices,"
                                    + " so escaping to the node is easy");
                    report.peers(KL, KS, POL_PRIVILEGED);
                    SpecEdits.securityContext(container, FIELDS, context.document())
                            .ifPresent(edits -> report.fix(new Fix(FIX_TITLE, edits)));
                }
                Optional<YamlNode> hostProcess = securityContext.flatMap(PrivilegedContainerRule::hostProcess);
                if (hostProcess.isPresent() && KubeYaml.isTrue(hostProcess.get())) {
                    context.report(hostProcess.get().range(), container.describe()
                            + " runs as a Windows HostProcess container, with full access to the node")
                            .peers(POL_HOST_PROCESS);
                }
            }
        }
    }

    private static Optional<YamlNode> hostProcess(YamlMapping securityContext) {
        return KubeYaml.mapping(securityContext, "windowsOptions").flatMap(w -> KubeYaml.get(w, "hostProcess"));
    }
}
