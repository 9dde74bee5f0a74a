package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.K8sScope;
import dev.plumbline.rules.k8s.support.ManifestFacts.Kind;
import dev.plumbline.rules.k8s.support.Patches;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.text.Range;
import java.util.Optional;

/**
 * The same object (API group, kind, namespace and name) defined twice: in one file (the later apply
 * silently wins), or in one kustomize build (kustomize refuses it). Files outside kustomize builds are
 * not compared with each other: folders of examples routinely hold alternative bundles
 * ({@code install-native.yaml}, {@code install-frr.yaml}) that define the same objects on purpose.
 * Patches are not definitions: files a kustomization applies as patches and objects that look like
 * patches are skipped.
 */
public final class DuplicateResourceRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/duplicate-resource", "Object defined twice", Severity.WARNING,
            Language.KUBERNETES);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        Optional<K8sScope> scope = K8sScope.of(context);
        if (scope.isEmpty() || scope.get().isPatchFile(scope.get().selfPath())) {
            return;
        }
        String self = scope.get().selfPath();
        for (K8sResource resource : context.model().resources()) {
            Optional<YamlNode> nameNode = resource.metadata().flatMap(m -> KubeYaml.get(m, "name"));
            Optional<String> name = resource.name().filter(n -> !n.isEmpty());
            if (name.isEmpty() || nameNode.isEmpty() || resource.isKustomization() || resource.kind().equals("List")
                    || Patches.looksLikePatch(resource)) {
                continue;
            }
            Kind kind = Kind.of(resource);
            String namespace = resource.namespace().orElse("");
            int line = resource.kindEntry().map(e -> e.range().start().line()).orElse(-1);
            Optional<K8sScope.Placed> other = scope.get().named(kind, name.get()).stream()
                    .filter(p -> !(p.path().equals(self) && p.object().line() == line))
                    .filter(p -> p.object().name().equals(name.get()) && p.object().namespace().equals(namespace))
                    .filter(p -> !p.object().likelyPatch() && !scope.get().isPatchFile(p.path()))
                    .filter(p -> p.path().equals(self) || scope.get().isKustomized())
                    .findFirst();
            other.ifPresent(o -> {
                Range there = Range.of(o.object().line(), 0, o.object().line(), 0);
                var report = context.report(nameNode.get().range(), describe(resource, namespace)
                        + " is defined again in " + (o.path().equals(self) ? "this file" : o.path()) + " (line "
                        + (o.object().line() + 1) + "); one silently replaces the other, or kustomize refuses the build");
                if (o.path().equals(self)) {
                    report.related(there, "the other definition");
                } else {
                    context.workspace().ifPresent(workspace -> report.related(
                            workspace.index().root().resolve(o.path()).toUri().toString(), there, "the other definition"));
                }
            });
        }
    }

    private static String describe(K8sResource resource, String namespace) {
        return resource.describe() + (namespace.isEmpty() ? "" : " in namespace " + namespace);
    }
}
