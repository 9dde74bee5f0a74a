package dev.plumbline.rules.k8s.support;

import java.util.regex.Pattern;

/**
 * Values that stand for something filled in later: envsubst and kustomize {@code ${VAR}}, Helm and
 * other {@code {{ }}} templates, Kubernetes' own {@code $(VAR)} expansion in env values, args and
 * commands, and {@code <describe it>} markers.
 */
public final class Placeholders {

    private static final Pattern MARKER = Pattern.compile("\\$\\{|\\{\\{|\\$\\(");

    private Placeholders() {
    }

    /** True when {@code value} holds a template marker or is a {@code <...>} placeholder as a whole. */
    public static boolean isPlaceholder(String value) {
        String v = value.strip();
        return MARKER.matcher(v).find() || (v.length() > 2 && v.startsWith("<") && v.endsWith(">"));
    }
}
