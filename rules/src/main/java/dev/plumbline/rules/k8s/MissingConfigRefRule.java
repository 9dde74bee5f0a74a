package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.K8sScope;
import dev.plumbline.rules.k8s.support.Kinds;
import dev.plumbline.rules.k8s.support.ManifestFacts.Kind;
import dev.plumbline.rules.k8s.support.Placeholders;
import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.PodSpec;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A ConfigMap, Secret or PersistentVolumeClaim that a pod (envFrom, env valueFrom, volumes, projected
 * volumes) or an Ingress ({@code tls[].secretName}) names, but that its scope neither defines nor
 * generates (kustomize {@code configMapGenerator}/{@code secretGenerator}; Secrets that cert-manager
 * Certificates, SealedSecrets or ExternalSecrets produce count as defined). References marked
 * {@code optional: true}, the {@code kube-root-ca.crt} ConfigMap every namespace has, Ingress TLS
 * secrets of Ingresses annotated for cert-manager, and Secrets in a scope where some Role lets a
 * controller create Secrets are exempt; each kind is judged only when the scope
 * defines at least one object of that kind.
 */
public final class MissingConfigRefRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/missing-config-ref", "Referenced ConfigMap, Secret or PVC missing",
            Severity.WARNING, Language.KUBERNETES, PeerId.of(PeerId.KUBE_LINTER, "env-value-from"));

    private static final Set<String> AUTOMATIC_CONFIG_MAPS = Set.of("kube-root-ca.crt", "openshift-service-ca.crt");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        Optional<K8sScope> scope = K8sScope.of(context);
        if (scope.isEmpty()) {
            return;
        }
        Checker checker = new Checker(context, scope.get());
        for (PodSpec pod : context.model().podSpecs()) {
            String namespace = pod.resource().namespace().orElse("");
            for (Container container : pod.containers()) {
                for (YamlNode item : items(container.get("envFrom"))) {
                    Optional<YamlMapping> from = item.asMapping();
                    from.flatMap(f -> KubeYaml.mapping(f, "configMapRef")).ifPresent(r -> checker.ref(r, "name", Kind.CONFIG_MAP, namespace));
                    from.flatMap(f -> KubeYaml.mapping(f, "secretRef")).ifPresent(r -> checker.ref(r, "name", Kind.SECRET, namespace));
                }
                for (YamlNode item : items(container.get("env"))) {
                    Optional<YamlMapping> valueFrom = item.asMapping().flatMap(e -> KubeYaml.mapping(e, "valueFrom"));
                    valueFrom.flatMap(v -> KubeYaml.mapping(v, "configMapKeyRef")).ifPresent(r -> checker.ref(r, "name", Kind.CONFIG_MAP, namespace));
                    valueFrom.flatMap(v -> KubeYaml.mapping(v, "secretKeyRef")).ifPresent(r -> checker.ref(r, "name", Kind.SECRET, namespace));
                }
            }
            for (YamlNode item : items(pod.get("volumes"))) {
                Optional<YamlMapping> volume = item.asMapping();
                volume.flatMap(v -> KubeYaml.mapping(v, "configMap")).ifPresent(r -> checker.ref(r, "name", Kind.CONFIG_MAP, namespace));
                volume.flatMap(v -> KubeYaml.mapping(v, "secret")).ifPresent(r -> checker.ref(r, "secretName", Kind.SECRET, namespace));
                volume.flatMap(v -> KubeYaml.mapping(v, "persistentVolumeClaim")).ifPresent(r -> checker.ref(r, "claimName", Kind.PVC, namespace));
                Optional<YamlMapping> projected = volume.flatMap(v -> KubeYaml.mapping(v, "projected"));
                for (YamlNode source : items(projected.flatMap(p -> KubeYaml.get(p, "sources")))) {
                    source.asMapping().flatMap(s -> KubeYaml.mapping(s, "configMap")).ifPresent(r -> checker.ref(r, "name", Kind.CONFIG_MAP, namespace));
                    source.asMapping().flatMap(s -> KubeYaml.mapping(s, "secret")).ifPresent(r -> checker.ref(r, "name", Kind.SECRET, namespace));
                }
            }
        }
        for (K8sResource ingress : context.model().resources()) {
            if (!Kinds.is(ingress, "Ingress", Set.of("networking.k8s.io", "extensions")) || issuedByCertManager(ingress)) {
                continue;
            }
            String namespace = ingress.namespace().orElse("");
            for (YamlNode tls : items(Kinds.spec(ingress).flatMap(s -> KubeYaml.get(s, "tls")))) {
                tls.asMapping().ifPresent(t -> checker.ref(t, "secretName", Kind.SECRET, namespace));
            }
        }
    }

    private static boolean issuedByCertManager(K8sResource ingress) {
        return ingress.annotations().keySet().stream().anyMatch(k -> k.startsWith("cert-manager.io/")
                || k.equals("kubernetes.io/tls-acme") || k.startsWith("acme.cert-manager.io/"));
    }

    private static List<YamlNode> items(Optional<YamlNode> node) {
        return node.flatMap(YamlNode::asSequence).map(s -> s.items()).orElse(List.of());
    }

    /** Judges one reference against the scope. */
    private record Checker(RuleContext<KubernetesFile> context, K8sScope scope) {

        void ref(YamlMapping owner, String key, Kind kind, String namespace) {
            if (KubeYaml.get(owner, "optional").map(KubeYaml::isTrue).orElse(false)) {
                return;
            }
            Optional<YamlScalar> name = KubeYaml.get(owner, key).flatMap(YamlNode::asScalar)
                    .filter(s -> !s.isNull() && !s.value().isEmpty() && !Placeholders.isPlaceholder(s.value()));
            if (name.isEmpty() || (kind.equals(Kind.CONFIG_MAP) && AUTOMATIC_CONFIG_MAPS.contains(name.get().value()))) {
                return;
            }
            if (kind.equals(Kind.SECRET) && scope.secretsMadeAtRunTime()) {
                return; // a controller of the bundle may create it at run time
            }
            Set<String> generated = kind.equals(Kind.CONFIG_MAP) ? scope.generatedConfigMaps()
                    : kind.equals(Kind.SECRET) ? scope.producedSecrets() : Set.of();
            if (scope.ofKind(kind).isEmpty() && generated.isEmpty()) {
                return; // closed world: nothing of this kind in scope
            }
            String wanted = name.get().value();
            boolean defined = generated.contains(wanted) || scope.named(kind, wanted).stream()
                    .anyMatch(p -> K8sScope.sameNamespace(namespace, p.object().namespace()));
            if (!defined) {
                context.report(name.get().range(), kind.kind() + " \"" + wanted + "\" is neither defined nor generated in"
                        + " this manifest's scope");
            }
        }
    }
}
