package dev.plumbline.rules.k8s.support;

import dev.plumbline.config.Config;
import java.util.ArrayList;
import java.util.List;

/** Reads the {@code kubernetes.*} options of {@code .plumbline.yaml} (see {@code ConfigOption.KNOWN}). */
public final class Options {

    public static final String REQUIRE_NAMESPACE = "k8s.requireNamespace";
    public static final String REQUIRED_LABELS = "k8s.requiredLabels";
    public static final String REQUIRED_ANNOTATIONS = "k8s.requiredAnnotations";

    private Options() {
    }

    /** A list option's strings; empty when unset. */
    public static List<String> list(Config config, String key) {
        List<String> out = new ArrayList<>();
        if (config.options().get(key) instanceof List<?> values) {
            for (Object value : values) {
                if (value instanceof String s) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** A true/false option. */
    public static boolean flag(Config config, String key) {
        return config.stringOption(key).map("true"::equals).orElse(false);
    }
}
