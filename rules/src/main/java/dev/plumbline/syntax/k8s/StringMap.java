package dev.plumbline.syntax.k8s;

import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** String maps such as {@code labels}, {@code annotations} and plain selectors, read as kubectl decodes them. */
public final class StringMap {

    private StringMap() {
    }

    /**
     * The entries whose key and value are scalars (merge keys followed), in document order; a null
     * value reads as "".
     */
    public static Map<String, String> of(YamlMapping mapping) {
        Map<String, String> out = new LinkedHashMap<>();
        for (YamlEntry entry : mapping.withMerges().entries()) {
            Optional<String> key = entry.keyText();
            Optional<String> value = entry.value().asText();
            if (key.isPresent() && value.isPresent()) {
                out.put(key.get(), entry.value().isNull() ? "" : value.get());
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
