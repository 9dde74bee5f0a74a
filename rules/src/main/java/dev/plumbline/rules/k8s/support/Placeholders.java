package dev.plumbline.rules.k8s.support;

import java.util.regex.Pattern;

/**
 * Values that stand for something filled in later: envsubst and kustomize {@code ${VAR}}, Helm and
 * other {@code {{ }}} templates, Kubernetes' own {@code $(VAR)} expansion in env values, args and
 * commands, {@code <describe it>} markers and fill-in words such as {@code INSERT_TOKEN} or
 * {@code YOUR_API_KEY}.
 */
public final class Placeholders {

    private static final Pattern MARKER = Pattern.compile("\\$\\{|\\{\\{|\\$\\(");
    /** Fill-me-in words: {@code INSERT_ETCD_TOKEN}, {@code REPLACE_WITH_KEY}, {@code YOUR_API_KEY}. */
    private static final Pattern FILL_IN = Pattern.compile("(?i)(?:insert|replace|your)[_-][a-z0-9_.-]*");

    private Placeholders() {
    }

    /** True when {@code value} holds a template marker or is a {@code <...>} placeholder as a whole. */
    public static boolean isPlaceholder(String value) {
        String v = value.strip();
        return MARKER.matcher(v).find() || (v.length() > 2 && v.startsWith("<") && v.endsWith(">"))
                || FILL_IN.matcher(v).matches();
    }
}
