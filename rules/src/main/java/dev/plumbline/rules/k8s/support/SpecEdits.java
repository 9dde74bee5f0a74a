package dev.plumbline.rules.k8s.support;

import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.PodSpec;
import dev.plumbline.syntax.k8s.SecuritySetting;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.List;
import java.util.Optional;

/**
 * {@link MergeEdits} for a container or a pod spec: only mappings written in place are edited (a
 * container item written as an alias, or a pod spec that is one, is shared with other places), and
 * the indentation step is learnt from the container, then its resource.
 */
public final class SpecEdits {

    private SpecEdits() {
    }

    /** Merges {@code wanted} into the container's mapping. */
    public static Optional<List<TextEdit>> merge(Container container, List<NewEntry> wanted, TextDocument document) {
        if (container.isAlias()) {
            return Optional.empty();
        }
        int step = MappingEdits.indentStep(container.mapping(), container.pod().resource().root());
        return MergeEdits.merge(container.mapping(), wanted, document, step);
    }

    /** Merges {@code wanted} into the pod spec mapping. */
    public static Optional<List<TextEdit>> merge(PodSpec pod, List<NewEntry> wanted, TextDocument document) {
        YamlMapping spec = pod.mapping();
        boolean inPlace = pod.specEntry().map(e -> e.value() == spec).orElse(false);
        if (!inPlace) {
            return Optional.empty();
        }
        int step = MappingEdits.indentStep(spec, pod.resource().root());
        return MergeEdits.merge(spec, wanted, document, step);
    }

    /**
     * True when a securityContext setting is written in place, so editing it changes this container
     * (or, for a pod-level one, this pod) only: not behind an alias, not inherited through a merge key.
     */
    public static boolean editable(Container container, SecuritySetting setting) {
        if (!setting.fromPod()) {
            return container.writtenInside(setting.entry().key()) && container.writtenInside(setting.value());
        }
        PodSpec pod = container.pod();
        Optional<YamlEntry> context = pod.mapping().entries().stream().filter(e -> e.hasKey("securityContext")).findFirst();
        return pod.specEntry().map(e -> e.value() == pod.mapping()).orElse(false)
                && context.map(YamlEntry::value).filter(v -> v instanceof YamlMapping)
                        .map(v -> ((YamlMapping) v).entries().contains(setting.entry())).orElse(false);
    }

    /** Merges {@code fields} into the container's {@code securityContext}. */
    public static Optional<List<TextEdit>> securityContext(Container container, List<NewEntry> fields,
            TextDocument document) {
        return merge(container, List.of(new NewEntry("securityContext", null, fields)), document);
    }

    /** Merges {@code fields} into the pod-level {@code securityContext}. */
    public static Optional<List<TextEdit>> securityContext(PodSpec pod, List<NewEntry> fields, TextDocument document) {
        return merge(pod, List.of(new NewEntry("securityContext", null, fields)), document);
    }
}
