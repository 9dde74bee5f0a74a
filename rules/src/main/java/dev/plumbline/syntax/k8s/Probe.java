package dev.plumbline.syntax.k8s;

import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.syntax.yaml.YamlSequence;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A container's liveness, readiness or startup probe: which handler it uses ({@code httpGet},
 * {@code tcpSocket}, {@code grpc} or {@code exec}) and, for the network handlers, the port it
 * targets as written.
 */
public final class Probe {

    /** The three probes a container can have. */
    public enum Kind {
        LIVENESS("livenessProbe", "Liveness"),
        READINESS("readinessProbe", "Readiness"),
        STARTUP("startupProbe", "Startup");

        private final String key;
        private final String noun;

        Kind(String key, String noun) {
            this.key = key;
            this.noun = noun;
        }

        /** The container key, e.g. {@code livenessProbe}. */
        public String key() {
            return key;
        }

        /** How a message names it, e.g. {@code Liveness}. */
        public String noun() {
            return noun;
        }
    }

    /** The handlers a probe can use, in the order the API lists them. */
    public static final List<String> HANDLERS = List.of("exec", "httpGet", "tcpSocket", "grpc");

    private final Container container;
    private final Kind kind;
    private final YamlEntry entry;

    Probe(Container container, Kind kind, YamlEntry entry) {
        this.container = container;
        this.kind = kind;
        this.entry = entry;
    }

    public Container container() {
        return container;
    }

    public Kind kind() {
        return kind;
    }

    /** The container's entry holding it ({@code livenessProbe: ...}). */
    public YamlEntry entry() {
        return entry;
    }

    /** The probe's mapping; empty when the value is not one (a null probe is no probe for the API). */
    public Optional<YamlMapping> mapping() {
        return entry.value().asMapping();
    }

    /** The first handler key the probe sets ({@code httpGet}, ...), with its value. */
    public Optional<YamlEntry> handler() {
        Optional<YamlMapping> mapping = mapping();
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        for (String handler : HANDLERS) {
            Optional<YamlEntry> found = KubeYaml.entry(mapping.get(), handler);
            if (found.isPresent() && !found.get().value().isNull()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The handler's name, e.g. {@code httpGet}. */
    public Optional<String> handlerType() {
        return handler().flatMap(YamlEntry::keyText);
    }

    /** The {@code port} scalar of an {@code httpGet}, {@code tcpSocket} or {@code grpc} handler. */
    public Optional<YamlScalar> port() {
        return handler().flatMap(h -> h.value().asMapping())
                .flatMap(h -> KubeYaml.get(h, "port"))
                .flatMap(YamlNode::asScalar)
                .filter(s -> !s.isNull());
    }

    /** The {@code port} entry of the handler (for edits). */
    public Optional<YamlEntry> portEntry() {
        return handler().flatMap(h -> h.value().asMapping()).flatMap(h -> KubeYaml.entry(h, "port"))
                .filter(e -> !e.value().isNull());
    }

    /** The port as a number, when it is written as an integer. */
    public Optional<Long> portNumber() {
        return port().flatMap(KubeYaml::integerOf);
    }

    /** The port as a name, when it is written as a string (a named container port). */
    public Optional<String> portName() {
        return port().filter(p -> KubeYaml.integerOf(p).isEmpty()).map(YamlScalar::value);
    }

    /** The {@code host} an {@code httpGet} or {@code tcpSocket} handler probes instead of the pod IP. */
    public Optional<String> host() {
        return handler().flatMap(h -> h.value().asMapping()).flatMap(h -> KubeYaml.text(h, "host"))
                .filter(h -> !h.isEmpty());
    }

    /**
     * What the handler does, as a comparable text: its type, its port (a named port resolved to the
     * container's number when it declares it), and its path, scheme, host, gRPC service or command.
     * Empty without a handler.
     */
    public Optional<String> handlerSignature() {
        Optional<YamlEntry> handler = handler();
        if (handler.isEmpty()) {
            return Optional.empty();
        }
        String type = handler.get().keyText().orElse("?");
        Optional<YamlMapping> body = handler.get().value().asMapping();
        if (type.equals("exec")) {
            String command = body.flatMap(b -> KubeYaml.get(b, "command")).flatMap(YamlNode::asSequence)
                    .map(Probe::items).orElse("");
            return Optional.of("exec " + command);
        }
        StringBuilder out = new StringBuilder(type).append(" port=").append(resolvedPort());
        body.ifPresent(b -> {
            if (type.equals("httpGet")) {
                out.append(" path=").append(KubeYaml.text(b, "path").filter(p -> !p.isEmpty()).orElse("/"));
                out.append(" scheme=").append(KubeYaml.text(b, "scheme").orElse("HTTP").toUpperCase(Locale.ROOT));
                KubeYaml.get(b, "httpHeaders").ifPresent(h -> out.append(" headers=").append(h.sourceText()));
            }
            if (type.equals("grpc")) {
                out.append(" service=").append(KubeYaml.text(b, "service").orElse(""));
            }
            out.append(" host=").append(KubeYaml.text(b, "host").orElse(""));
        });
        return Optional.of(out.toString());
    }

    /**
     * The port as the container's number when the probe names a port the container declares, else
     * as written; "" without a port.
     */
    public String resolvedPort() {
        Optional<Long> number = portNumber();
        if (number.isPresent()) {
            return String.valueOf(number.get());
        }
        Optional<String> name = portName();
        if (name.isEmpty()) {
            return "";
        }
        return container.ports().stream()
                .filter(p -> p.name().map(name.get()::equals).orElse(false))
                .findFirst()
                .flatMap(ContainerPort::number)
                .map(String::valueOf)
                .orElse(name.get());
    }

    private static String items(YamlSequence sequence) {
        return sequence.items().stream().map(i -> i.asText().orElse(i.sourceText())).collect(Collectors.joining("\u0000"));
    }

    @Override
    public String toString() {
        return "Probe[" + kind + " " + container.describe() + " " + entry.range() + "]";
    }
}
