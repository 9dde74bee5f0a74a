package dev.plumbline.syntax.k8s.schema;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Kubernetes API versions ({@code v1}, {@code v2beta1}) and release versions ({@code 1.36}). */
public final class ApiVersions {

    private static final Pattern API_VERSION = Pattern.compile("v(\\d+)(?:(alpha|beta)(\\d+))?");
    private static final Pattern RELEASE = Pattern.compile("1\\.(\\d{1,3})");

    /** Orders API versions as Kubernetes does: GA above beta above alpha, higher numbers first within each. */
    public static final Comparator<String> NEWEST_FIRST = Comparator.comparingInt(ApiVersions::rank).reversed();

    private ApiVersions() {
    }

    /** True for a GA version ({@code v1}, {@code v2}). */
    public static boolean isStable(String version) {
        Matcher m = API_VERSION.matcher(version);
        return m.matches() && m.group(2) == null;
    }

    /** A sortable rank: {@code v2} > {@code v1} > {@code v1beta2} > {@code v1beta1} > {@code v1alpha1}; -1 for other text. */
    static int rank(String version) {
        Matcher m = API_VERSION.matcher(version);
        if (!m.matches()) {
            return -1;
        }
        int major = Integer.parseInt(m.group(1));
        int level = m.group(2) == null ? 2 : m.group(2).equals("beta") ? 1 : 0;
        int minor = m.group(3) == null ? 0 : Math.min(Integer.parseInt(m.group(3)), 999);
        return (major * 3 + level) * 1000 + minor;
    }

    /** The minor number of a Kubernetes release {@code 1.N}; empty for other text. */
    public static Optional<Integer> releaseMinor(String release) {
        Matcher m = RELEASE.matcher(release == null ? "" : release.strip());
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }
}
