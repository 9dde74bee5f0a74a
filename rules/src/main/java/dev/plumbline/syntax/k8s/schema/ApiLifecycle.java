package dev.plumbline.syntax.k8s.schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * When Kubernetes deprecated and stopped serving old apiVersions of built-in kinds: our own table
 * ({@code api-lifecycle.tsv} beside this class, from the Kubernetes deprecation guide), plus the
 * pre-release versions the current schema still serves beside a stable version of the same kind.
 */
public final class ApiLifecycle {

    /**
     * One retired apiVersion of a kind.
     *
     * @param deprecatedIn the minor release that deprecated it (1.N)
     * @param removedIn the first minor release that no longer serves it
     * @param replacement the apiVersion to use instead; empty when the kind itself is gone
     */
    public record Entry(String apiVersion, String kind, int deprecatedIn, int removedIn, Optional<String> replacement) {

        public String group() {
            int slash = apiVersion.indexOf('/');
            return slash < 0 ? "" : apiVersion.substring(0, slash);
        }
    }

    private static final class Table {
        static final Map<String, Entry> ENTRIES = load();
        static final Set<String> GROUPS = groups();

        private static Set<String> groups() {
            Set<String> groups = new HashSet<>();
            ENTRIES.values().forEach(e -> groups.add(e.group()));
            return Set.copyOf(groups);
        }
    }

    private ApiLifecycle() {
    }

    /** The retired apiVersion/kind pair, if it is one. */
    public static Optional<Entry> retired(String apiVersion, String kind) {
        return Optional.ofNullable(Table.ENTRIES.get(apiVersion + "\t" + kind));
    }

    /** True for API groups that served built-in kinds once ({@code extensions}, {@code settings.k8s.io}). */
    public static boolean knowsGroup(String group) {
        return Table.GROUPS.contains(group);
    }

    /**
     * The newest stable version of the same kind in the same group when {@code kind} is an alpha or
     * beta version the schema still serves beside it (e.g. {@code resource.k8s.io/v1beta1} once
     * {@code resource.k8s.io/v1} exists).
     */
    public static Optional<ApiKind> supersededBy(K8sSchema schema, ApiKind kind) {
        if (kind.isStable()) {
            return Optional.empty();
        }
        return schema.kindsInGroup(kind.group()).stream()
                .filter(k -> k.kind().equals(kind.kind()) && k.isStable())
                .min(Comparator.comparing(ApiKind::version, ApiVersions.NEWEST_FIRST));
    }

    private static Map<String, Entry> load() {
        Map<String, Entry> entries = new HashMap<>();
        try (InputStream stream = ApiLifecycle.class.getResourceAsStream("api-lifecycle.tsv")) {
            if (stream == null) {
                throw new IllegalStateException("api-lifecycle.tsv is missing from the rules jar");
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>(in.lines().toList());
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                int deprecated = ApiVersions.releaseMinor(c[2]).orElseThrow();
                int removed = ApiVersions.releaseMinor(c[3]).orElseThrow();
                Optional<String> replacement = c[4].equals("-") ? Optional.empty() : Optional.of(c[4]);
                entries.put(c[0] + "\t" + c[1], new Entry(c[0], c[1], deprecated, removed, replacement));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(entries);
    }
}
