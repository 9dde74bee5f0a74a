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
import dev.plumbline.syntax.k8s.schema.ApiKind;
import dev.plumbline.syntax.k8s.schema.ApiLifecycle;
import dev.plumbline.syntax.k8s.schema.K8sSchema;
import dev.plumbline.syntax.yaml.YamlEntry;
import java.util.Optional;

/**
 * An apiVersion the target release ({@code k8s.version}, by default the newest) still serves for the
 * kind but has deprecated: a retired version before its removal, or an alpha/beta version beside which
 * a stable version of the kind is served.
 */
public final class DeprecatedApiVersionRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/deprecated-api-version", "apiVersion is deprecated",
            Severity.WARNING, Language.KUBERNETES, PeerId.of(PeerId.KUBE_SCORE, "stable-version"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        int target = TargetRelease.minor(context.config());
        K8sSchema schema = K8sSchema.builtin();
        for (K8sResource resource : context.model().resources()) {
            Optional<YamlEntry> entry = resource.apiVersionEntry();
            if (entry.isEmpty()) {
                continue;
            }
            String apiVersion = resource.apiVersion();
            Optional<ApiLifecycle.Entry> retired = ApiLifecycle.retired(apiVersion, resource.kind());
            String message;
            Optional<String> replacement;
            if (retired.isPresent()) {
                if (target < retired.get().deprecatedIn() || target >= retired.get().removedIn()) {
                    continue;
                }
                replacement = retired.get().replacement();
                message = apiVersion + " " + resource.kind() + " is deprecated since Kubernetes 1."
                        + retired.get().deprecatedIn() + " and no longer served from 1." + retired.get().removedIn()
                        + replacement.map(r -> "; use " + r).orElse("");
            } else {
                Optional<ApiKind> stable = schema.kind(apiVersion, resource.kind())
                        .flatMap(kind -> ApiLifecycle.supersededBy(schema, kind));
                if (stable.isEmpty() || target < TargetRelease.newest()) {
                    continue;
                }
                replacement = stable.map(ApiKind::apiVersion);
                message = apiVersion + " " + resource.kind() + " is a pre-release version superseded by "
                        + replacement.get() + "; pre-release versions are removed in a later release";
            }
            RuleContext<KubernetesFile>.Report report = context.report(entry.get().value().range(), message);
            replacement.flatMap(r -> ApiVersionFix.to(resource, r, context.document())).ifPresent(report::fix);
        }
    }
}
