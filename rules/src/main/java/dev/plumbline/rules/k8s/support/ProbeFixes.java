package dev.plumbline.rules.k8s.support;

import dev.plumbline.engine.Fix;
import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.ContainerPort;
import dev.plumbline.syntax.k8s.Probe;
import dev.plumbline.text.TextDocument;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Quick fixes that insert a probe on the container's first declared port: a liveness probe checks
 * that the port accepts connections ({@code tcpSocket}); a readiness probe asks for {@code /} over
 * HTTP when the port is named like an HTTP port, else checks the connection too. No fix when the
 * container declares no port, or when the new probe would be identical to its counterpart (which
 * is a finding of its own).
 */
public final class ProbeFixes {

    private ProbeFixes() {
    }

    /** The fix inserting a probe of {@code kind} into {@code container}. */
    public static Optional<Fix> insert(Container container, Probe.Kind kind, TextDocument document) {
        Optional<ContainerPort> port = container.ports().stream().filter(p -> p.reference().isPresent()).findFirst();
        if (port.isEmpty()) {
            return Optional.empty();
        }
        String reference = port.get().reference().get();
        String number = port.get().number().map(String::valueOf).orElse(reference);
        boolean http = kind == Probe.Kind.READINESS && port.get().name().map(ProbeFixes::looksHttp).orElse(false);
        String handler = http ? "httpGet" : "tcpSocket";
        Probe.Kind other = kind == Probe.Kind.LIVENESS ? Probe.Kind.READINESS : Probe.Kind.LIVENESS;
        Optional<Probe> counterpart = container.probe(other);
        if (counterpart.isPresent() && counterpart.get().handlerType().map(handler::equals).orElse(false)
                && counterpart.get().resolvedPort().equals(number)
                && (!http || counterpart.get().handler().flatMap(h -> h.value().asMapping())
                        .flatMap(h -> h.get("path")).flatMap(p -> p.asText()).orElse("/").equals("/"))) {
            return Optional.empty();
        }
        NewEntry body = http
                ? NewEntry.mapping(handler, NewEntry.scalar("path", "/"), NewEntry.scalar("port", reference))
                : NewEntry.mapping(handler, NewEntry.scalar("port", reference));
        List<NewEntry> wanted = List.of(new NewEntry(kind.key(), null, List.of(body)));
        String title = "Add a " + kind.noun().toLowerCase(Locale.ROOT) + " probe (" + handler + " on port " + reference + ")";
        return SpecEdits.merge(container, wanted, document).map(edits -> new Fix(title, edits));
    }

    /** {@code http}, {@code https}, {@code http-metrics}, {@code web-http}: a port HTTP clients talk to. */
    static boolean looksHttp(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("http") || lower.equals("https") || lower.equals("web") || lower.startsWith("http-")
                || lower.endsWith("-http");
    }
}
