package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.ScalarEdits;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.schema.ApiKind;
import dev.plumbline.syntax.k8s.schema.ApiLifecycle;
import dev.plumbline.syntax.k8s.schema.ApiVersions;
import dev.plumbline.syntax.k8s.schema.K8sSchema;
import dev.plumbline.syntax.k8s.schema.Suggestions;
import dev.plumbline.syntax.yaml.YamlEntry;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A built-in API group whose version does not exist ({@code apps/v2}) or does not serve the kind
 * ({@code v1} + {@code Deployment}), or a kind no version serves ({@code Deploymnet}). Groups the
 * schema does not know belong to CRDs and are skipped, except dotless ones (a CRD group always has a
 * dot), which are typos of a built-in group when the kind is built in ({@code app/v1}).
 */
public final class UnknownApiVersionRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/unknown-api-version", "apiVersion or kind does not exist",
            Severity.ERROR, Language.KUBERNETES, PeerId.of(PeerId.KUBE_LINTER, "schema-validation"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        K8sSchema schema = K8sSchema.builtin();
        if (!schema.isAvailable()) {
            return;
        }
        for (K8sResource resource : context.model().resources()) {
            if (!isJudged(resource, schema)) {
                continue;
            }
            String apiVersion = resource.apiVersion();
            String kind = resource.kind();
            List<ApiKind> inVersion = schema.kindsInGroup(resource.group()).stream()
                    .filter(k -> k.apiVersion().equals(apiVersion)).toList();
            Optional<ApiKind> elsewhere = preferred(schema, resource.group(), kind);
            Optional<String> nearKind = Suggestions.nearest(kind, inVersion.stream().map(ApiKind::kind).toList());
            Optional<YamlEntry> apiVersionEntry = resource.apiVersionEntry();
            Optional<YamlEntry> kindEntry = resource.kindEntry();
            if (apiVersionEntry.isEmpty() || kindEntry.isEmpty()) {
                continue;
            }
            if (!inVersion.isEmpty() && nearKind.isPresent()) {
                RuleContext<KubernetesFile>.Report report = context.report(kindEntry.get().value().range(), apiVersion
                        + " has no kind \"" + kind + "\"; did you mean \"" + nearKind.get() + "\"?");
                ScalarEdits.replace(kindEntry.get().value(), nearKind.get())
                        .ifPresent(edit -> report.fix("Use kind " + nearKind.get(), edit));
            } else if (elsewhere.isPresent()) {
                String served = elsewhere.get().apiVersion();
                String what = inVersion.isEmpty() && !schema.knowsGroup(resource.group()) && !resource.group().isEmpty()
                        ? "API group \"" + resource.group() + "\" does not exist"
                        : inVersion.isEmpty() ? "API version " + apiVersion + " does not exist"
                        : apiVersion + " does not serve " + kind;
                RuleContext<KubernetesFile>.Report report = context.report(apiVersionEntry.get().value().range(),
                        what + "; " + kind + " is served as " + served);
                ScalarEdits.replace(apiVersionEntry.get().value(), served)
                        .ifPresent(edit -> report.fix("Use " + served, edit));
            } else if (inVersion.isEmpty()) {
                context.report(apiVersionEntry.get().value().range(), "API version " + apiVersion
                        + " does not exist" + versionsOf(schema, resource.group()));
            } else {
                context.report(kindEntry.get().value().range(), apiVersion + " has no kind \"" + kind + "\"");
            }
        }
    }

    /** Whether the resource claims a built-in group (or a dotless typo of one) with a pair that is not served. */
    private static boolean isJudged(K8sResource resource, K8sSchema schema) {
        String apiVersion = resource.apiVersion();
        String kind = resource.kind();
        String group = resource.group();
        if (apiVersion.isEmpty() || kind.isEmpty() || resource.isKustomization()
                || schema.kind(apiVersion, kind).isPresent() || ApiLifecycle.retired(apiVersion, kind).isPresent()) {
            return false;
        }
        if (group.isEmpty() && (kind.equals("List") || kind.equals("Config"))) {
            return false; // a kubectl List, a kubeconfig file
        }
        if (kind.endsWith("List") && schema.kind(apiVersion, kind.substring(0, kind.length() - 4)).isPresent()) {
            return false; // e.g. a DeploymentList as kubectl get writes it
        }
        if (group.isEmpty() || schema.knowsGroup(group) || ApiLifecycle.knowsGroup(group)) {
            return true;
        }
        return !group.contains(".") && schema.kinds().stream().anyMatch(k -> k.kind().equals(kind));
    }

    /** Where {@code kind} is served: in {@code group} if it is there (newest stable first), else anywhere. */
    private static Optional<ApiKind> preferred(K8sSchema schema, String group, String kind) {
        Comparator<ApiKind> order = Comparator.comparing((ApiKind k) -> !k.group().equals(group))
                .thenComparing((ApiKind k) -> !k.group().isEmpty())
                .thenComparing(ApiKind::version, ApiVersions.NEWEST_FIRST);
        return schema.kinds().stream().filter(k -> k.kind().equals(kind)).min(order);
    }

    private static String versionsOf(K8sSchema schema, String group) {
        List<String> versions = schema.kindsInGroup(group).stream().map(ApiKind::apiVersion).distinct()
                .sorted(Comparator.comparing((String v) -> v.substring(v.indexOf('/') + 1), ApiVersions.NEWEST_FIRST))
                .toList();
        return versions.isEmpty() ? "" : "; served versions: " + String.join(", ", versions);
    }
}
