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
import dev.plumbline.rules.k8s.support.ManifestFacts.ServiceFact;
import dev.plumbline.rules.k8s.support.ManifestFacts.ServicePort;
import dev.plumbline.rules.k8s.support.Placeholders;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An Ingress backend naming a Service that is not in the Ingress's scope, or a port (number or
 * name) that Service does not have: requests for that path get a 503. Both the networking.k8s.io/v1
 * shape ({@code service.name}, {@code service.port.number|name}) and the old
 * {@code serviceName}/{@code servicePort} are read; {@code resource} backends are not Services. A
 * scope without any Service is not judged.
 */
public final class DanglingIngressRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/dangling-ingress", "Ingress backend Service missing",
            Severity.WARNING, Language.KUBERNETES,
            PeerId.of(PeerId.KUBE_LINTER, "dangling-ingress"), PeerId.of(PeerId.KUBE_SCORE, "ingress-targets-service"));

    /** One backend: the Service name scalar and the port scalar (absent when not written). */
    private record Backend(YamlScalar name, Optional<YamlScalar> port) {
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        Optional<K8sScope> scope = K8sScope.of(context);
        if (scope.isEmpty() || scope.get().ofKind(Kind.SERVICE).isEmpty()) {
            return;
        }
        for (K8sResource ingress : context.model().resources()) {
            if (!Kinds.is(ingress, "Ingress", Set.of("networking.k8s.io", "extensions"))) {
                continue;
            }
            String namespace = ingress.namespace().orElse("");
            for (Backend backend : backends(ingress)) {
                String name = backend.name().value();
                if (name.isEmpty() || Placeholders.isPlaceholder(name)) {
                    continue;
                }
                List<ServiceFact> services = scope.get().named(Kind.SERVICE, name).stream()
                        .filter(p -> K8sScope.sameNamespace(namespace, p.object().namespace()))
                        .map(p -> p.object().service().orElseThrow())
                        .toList();
                if (services.isEmpty()) {
                    context.report(backend.name().range(), ingress.describe() + " routes to Service \"" + name
                            + "\", which is not defined in its scope");
                    continue;
                }
                backend.port().filter(p -> !p.isNull() && !p.value().isEmpty()).ifPresent(port -> {
                    String written = port.value();
                    boolean known = services.stream().anyMatch(s -> s.ports().stream().anyMatch(p -> matches(p, written)));
                    if (!known) {
                        context.report(port.range(), ingress.describe() + " routes to port " + written + " of Service \""
                                + name + "\", which has no such port");
                    }
                });
            }
        }
    }

    private static boolean matches(ServicePort port, String written) {
        return port.name().equals(written) || String.valueOf(port.port()).equals(written);
    }

    private static List<Backend> backends(K8sResource ingress) {
        List<Backend> out = new ArrayList<>();
        Optional<YamlMapping> spec = Kinds.spec(ingress);
        spec.flatMap(s -> KubeYaml.mapping(s, "defaultBackend")).ifPresent(b -> backend(b, out));
        spec.flatMap(s -> KubeYaml.mapping(s, "backend")).ifPresent(b -> backend(b, out));
        for (YamlNode rule : items(spec, "rules")) {
            Optional<YamlMapping> http = rule.asMapping().flatMap(r -> KubeYaml.mapping(r, "http"));
            for (YamlNode path : items(http, "paths")) {
                path.asMapping().flatMap(p -> KubeYaml.mapping(p, "backend")).ifPresent(b -> backend(b, out));
            }
        }
        return out;
    }

    private static void backend(YamlMapping backend, List<Backend> out) {
        Optional<YamlMapping> service = KubeYaml.mapping(backend, "service");
        if (service.isPresent()) {
            Optional<YamlScalar> name = KubeYaml.get(service.get(), "name").flatMap(YamlNode::asScalar);
            Optional<YamlMapping> port = KubeYaml.mapping(service.get(), "port");
            Optional<YamlScalar> portValue = port.flatMap(p -> KubeYaml.get(p, "number").or(() -> KubeYaml.get(p, "name")))
                    .flatMap(YamlNode::asScalar);
            name.ifPresent(n -> out.add(new Backend(n, portValue)));
            return;
        }
        KubeYaml.get(backend, "serviceName").flatMap(YamlNode::asScalar).ifPresent(n -> out.add(new Backend(n,
                KubeYaml.get(backend, "servicePort").flatMap(YamlNode::asScalar))));
    }

    private static List<YamlNode> items(Optional<YamlMapping> mapping, String key) {
        return mapping.flatMap(m -> KubeYaml.get(m, key)).flatMap(YamlNode::asSequence).map(s -> s.items())
                .orElse(List.of());
    }
}
