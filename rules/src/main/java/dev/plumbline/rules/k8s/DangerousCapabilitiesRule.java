package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.Capabilities;
import dev.plumbline.rules.k8s.support.RemovalEdits;
import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlSequence;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.Map;
import java.util.Optional;

/**
 * A container (any list) whose {@code capabilities.add} holds a capability that comes close to
 * root on the node. Names are compared as the runtimes do ({@code CAP_} prefix and case ignored).
 */
public final class DangerousCapabilitiesRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/dangerous-capabilities", "Container adds a dangerous capability",
            Severity.ERROR, Language.KUBERNETES, PeerId.of(PeerId.POLARIS, "dangerousCapabilities"));

    /** Each dangerous capability and what it lets a process do. */
    static final Map<String, String> DANGEROUS = Map.ofEntries(
            Map.entry("ALL", "grants every capability"),
            Map.entry("SYS_ADMIN", "allows mounts, namespaces and most of root's powers"),
            Map.entry("NET_ADMIN", "allows reconfiguring the network, firewall and routes"),
            Map.entry("SYS_MODULE", "allows loading kernel modules"),
            Map.entry("SYS_PTRACE", "allows tracing and injecting into other processes"),
            Map.entry("SYS_RAWIO", "allows raw access to devices and memory"),
            Map.entry("SYS_BOOT", "allows rebooting the node"),
            Map.entry("BPF", "allows loading BPF programs into the kernel"),
            Map.entry("PERFMON", "allows reading kernel performance and tracing data"),
            Map.entry("DAC_READ_SEARCH", "allows reading any file, bypassing permissions"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (Container container : context.model().containers()) {
            Optional<YamlEntry> add = Capabilities.list(container, "add");
            Optional<YamlSequence> sequence = add.flatMap(e -> e.value().asSequence());
            if (sequence.isEmpty()) {
                continue;
            }
            for (int i = 0; i < sequence.get().size(); i++) {
                YamlNode item = sequence.get().items().get(i);
                Optional<String> name = item.asText().map(Capabilities::normalize);
                if (name.isEmpty() || !DANGEROUS.containsKey(name.get())) {
                    continue;
                }
                String written = item.asText().orElse("").strip();
                RuleContext<KubernetesFile>.Report report = context.report(item.range(), container.describe()
                        + " adds capability " + written + ", which " + DANGEROUS.get(name.get()));
                if (container.writtenInside(sequence.get())) {
                    removal(container, add.get(), sequence.get(), i, context.document())
                            .ifPresent(edit -> report.fix("Remove capability " + written, edit));
                }
            }
        }
    }

    /** Removes the item; the only item of a block list goes with its {@code add} key (or its {@code capabilities}). */
    private static Optional<TextEdit> removal(Container container, YamlEntry add, YamlSequence sequence, int index,
            TextDocument document) {
        Optional<TextEdit> item = RemovalEdits.removeItem(sequence, index, document);
        if (item.isPresent()) {
            return item;
        }
        Optional<YamlMapping> capabilities = Capabilities.mapping(container);
        Optional<TextEdit> key = capabilities.flatMap(c -> RemovalEdits.removeEntry(c, add, document));
        if (key.isPresent()) {
            return key;
        }
        Optional<YamlEntry> capabilitiesEntry = Capabilities.entry(container);
        return container.securityContext().flatMap(sc -> capabilitiesEntry.flatMap(
                e -> RemovalEdits.removeEntry(sc, e, document)));
    }
}
