package dev.plumbline.rules.k8s.support;

import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.List;
import java.util.Optional;

/**
 * Sets one field of a container's {@code securityContext}: changes the value when the field is
 * there, adds it to the existing {@code securityContext} (block or flow), gives a null
 * {@code securityContext:} a mapping, or adds a {@code securityContext} block to the container. Only
 * text written inside the container's own item is edited: a container or securityContext that comes
 * from an alias or a merge key is shared, so it gets no fix.
 */
public final class SecurityContextEdits {

    private static final String KEY = "securityContext";

    private SecurityContextEdits() {
    }

    /** The edit that makes {@code securityContext.<field>} read {@code value} (YAML text) in {@code container}. */
    public static Optional<TextEdit> set(Container container, String field, String value, TextDocument document) {
        if (container.isAlias()) {
            return Optional.empty();
        }
        int step = MappingEdits.indentStep(container.mapping(), container.pod().resource().root());
        NewEntry wanted = NewEntry.scalar(field, value);
        Optional<YamlEntry> contextEntry = container.securityContextEntry();
        if (contextEntry.isEmpty()) {
            return MappingEdits.append(container.mapping(), List.of(NewEntry.mapping(KEY, wanted)), document, step);
        }
        if (!container.writtenInside(contextEntry.get().key())) {
            return Optional.empty();
        }
        YamlNode contextValue = contextEntry.get().value();
        if (contextValue.isNull()) {
            return MappingEdits.fillNull(contextEntry.get(), container.mapping().isFlow(), List.of(wanted), document, step);
        }
        Optional<YamlMapping> context = contextValue.asMapping();
        if (context.isEmpty() || !container.writtenInside(context.get())) {
            return Optional.empty();
        }
        Optional<YamlEntry> existing = KubeYaml.entry(context.get(), field);
        if (existing.isPresent() && container.writtenInside(existing.get().value())) {
            return MappingEdits.setValue(existing.get(), value, document);
        }
        // absent, or inherited through a merge key: an own entry wins over merged ones
        return MappingEdits.append(context.get(), List.of(wanted), document, step);
    }
}
