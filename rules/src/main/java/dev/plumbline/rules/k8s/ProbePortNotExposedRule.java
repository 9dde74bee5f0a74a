package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.MappingEdits;
import dev.plumbline.rules.k8s.support.Patches;
import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.ContainerPort;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.Probe;
import dev.plumbline.syntax.yaml.YamlEntry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A liveness, readiness or startup probe whose port is not among its container's declared ports. A
 * named port the container does not declare can never be reached; a number is reported only when
 * the container declares ports (without any, nothing says which one it serves). Probes with a
 * {@code host} target another machine and are skipped.
 */
public final class ProbePortNotExposedRule implements Rule<KubernetesFile> {

    private static final Map<Probe.Kind, PeerId> PEERS = Map.of(
            Probe.Kind.LIVENESS, PeerId.of(PeerId.KUBE_LINTER, "liveness-port"),
            Probe.Kind.READINESS, PeerId.of(PeerId.KUBE_LINTER, "readiness-port"),
            Probe.Kind.STARTUP, PeerId.of(PeerId.KUBE_LINTER, "startup-port"));
    static final RuleMeta META = RuleMeta.of("k8s/probe-port-not-exposed", "Probe targets a port the container does not declare",
            Severity.WARNING, Language.KUBERNETES, PEERS.get(Probe.Kind.LIVENESS), PEERS.get(Probe.Kind.READINESS),
            PEERS.get(Probe.Kind.STARTUP));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (Container container : context.model().containers()) {
            if (Patches.isPatchFile(context)) {
                continue; // a patch's ports merge with its base's, which it cannot see
            }
            List<ContainerPort> ports = container.ports();
            for (Probe.Kind kind : Probe.Kind.values()) {
                Optional<Probe> probe = container.probe(kind);
                if (probe.isEmpty() || probe.get().host().isPresent() || probe.get().port().isEmpty()) {
                    continue;
                }
                Optional<String> name = probe.get().portName();
                Optional<Long> number = probe.get().portNumber();
                String subject = kind.noun() + " probe of " + container.describe();
                String message;
                if (name.isPresent()) {
                    if (ports.stream().anyMatch(p -> p.name().map(name.get()::equals).orElse(false))) {
                        continue;
                    }
                    message = subject + " targets port \"" + name.get() + "\", which the container does not declare,"
                            + " so the probe can never succeed";
                } else if (number.isPresent()) {
                    if (ports.isEmpty() || ports.stream().anyMatch(p -> p.number().equals(number))) {
                        continue;
                    }
                    message = subject + " targets port " + number.get() + ", which is not among the container's ports ("
                            + ports.stream().map(p -> p.number().map(String::valueOf).orElse("?"))
                                    .collect(Collectors.joining(", ")) + ")";
                } else {
                    continue;
                }
                RuleContext<KubernetesFile>.Report report = context.report(probe.get().port().get().range(), message)
                        .peers(PEERS.get(kind));
                replacement(ports, name.isPresent()).ifPresent(text -> {
                    Optional<YamlEntry> entry = probe.get().portEntry();
                    if (entry.isPresent() && container.writtenInside(entry.get().value())) {
                        MappingEdits.setValue(entry.get(), text, context.document())
                                .ifPresent(edit -> report.fix("Use the declared port " + text, edit));
                    }
                });
            }
        }
    }

    /** The one declared port, by name when the probe used a name and it has one, else by number. */
    private static Optional<String> replacement(List<ContainerPort> ports, boolean byName) {
        if (ports.size() != 1) {
            return Optional.empty();
        }
        ContainerPort port = ports.get(0);
        return byName ? port.reference() : port.number().map(String::valueOf);
    }
}
