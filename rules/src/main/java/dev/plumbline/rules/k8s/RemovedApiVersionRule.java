package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.ApiVersionFix;
import dev.plumbline.rules.k8s.support.TargetRelease;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.schema.ApiLifecycle;
import dev.plumbline.syntax.yaml.YamlEntry;
import java.util.Optional;

/**
 * An apiVersion/kind the target release ({@code k8s.version}, by default the newest) no longer serves:
 * {@code extensions/v1beta1} Deployment, {@code policy/v1beta1} PodDisruptionBudget, ... The fix
 * moves to the replacement when the object fits it, writing the selector {@code apps/v1} requires
 * from the pod template's labels.
 */
public final class RemovedApiVersionRule implements Rule<KubernetesFile> {

    private static final PeerId NO_EXTENSIONS = PeerId.of(PeerId.KUBE_LINTER, "no-extensions-v1beta");
    private static final PeerId STABLE_VERSION = PeerId.of(PeerId.KUBE_SCORE, "stable-version");

    static final RuleMeta META = RuleMeta.of("k8s/removed-api-version", "apiVersion is no longer served",
            Severity.ERROR, Language.KUBERNETES, NO_EXTENSIONS, STABLE_VERSION);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        int target = TargetRelease.minor(context.config());
        for (K8sResource resource : context.model().resources()) {
            Optional<ApiLifecycle.Entry> retired = ApiLifecycle.retired(resource.apiVersion(), resource.kind());
            Optional<YamlEntry> entry = resource.apiVersionEntry();
            if (retired.isEmpty() || entry.isEmpty() || target < retired.get().removedIn()) {
                continue;
            }
            Optional<String> replacement = retired.get().replacement();
            String message = resource.apiVersion() + " " + resource.kind() + " is no longer served since Kubernetes 1."
                    + retired.get().removedIn() + replacement.map(r -> "; use " + r).orElse("; the kind itself was removed");
            RuleContext<KubernetesFile>.Report report = context.report(entry.get().value().range(), message);
            if (retired.get().group().equals("extensions")) {
                report.peers(NO_EXTENSIONS, STABLE_VERSION);
            } else {
                report.peers(STABLE_VERSION);
            }
            replacement.flatMap(r -> ApiVersionFix.to(resource, r, context.document())).ifPresent(report::fix);
        }
    }
}
