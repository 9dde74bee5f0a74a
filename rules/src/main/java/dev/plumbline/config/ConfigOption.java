package dev.plumbline.config;

import java.util.List;
import java.util.stream.IntStream;

/**
 * An option a {@code .plumbline.yaml} section may set, e.g. {@code gha.actionPinning}. The list of
 * known options lives here so the loader can reject typos with a clear message.
 *
 * @param key the dotted key, section first
 * @param allowed the allowed words (for a map, of each value), or empty for a free-form list of strings;
 *     for a number, its smallest and its largest value
 * @param kind whether the option is one word, a list of strings, a mapping of names to words, or a
 *     whole number
 */
public record ConfigOption(String key, List<String> allowed, String description, Kind kind) {

    /** The shape of an option's value. */
    public enum Kind {
        /** One of {@code allowed}. */
        WORD,
        /** A list of free-form strings. */
        LIST,
        /** A mapping of free-form names to one of {@code allowed} each. */
        MAP,
        /** A whole number from {@code allowed.get(0)} to {@code allowed.get(1)}, kept as its decimal text. */
        NUMBER
    }

    /** A whole-number option from {@code min} to {@code max}. */
    public static ConfigOption number(String key, int min, int max, String description) {
        return new ConfigOption(key, List.of(String.valueOf(min), String.valueOf(max)), description, Kind.NUMBER);
    }

    /** A word option, or a list option when {@code allowed} is empty. */
    public ConfigOption(String key, List<String> allowed, String description) {
        this(key, allowed, description, allowed.isEmpty() ? Kind.LIST : Kind.WORD);
    }

    public static final List<ConfigOption> KNOWN = List.of(
            new ConfigOption("gha.actionPinning", List.of("sha", "tag"),
                    "How remote actions must be pinned: to a full commit SHA (default) or at least a version tag"),
            new ConfigOption("gha.deniedActions", List.of(),
                    "Actions and reusable workflows (owner/repo[/path] globs) that gha/forbidden-action reports"),
            new ConfigOption("gha.allowedActions", List.of(),
                    "When set, the only actions and reusable workflows (owner/repo[/path] globs) that may be used"),
            new ConfigOption("gha.shellcheck", List.of("auto", "off"),
                    "Run ShellCheck on run: scripts when a shellcheck binary is found (auto, default) or never (off)"),
            new ConfigOption("gha.shellcheckPath", List.of(),
                    "Absolute path of the shellcheck binary for run: scripts (default: dockerfile.shellcheckPath, then PATH)"),
            // Dependabot accepts 1 to 90 days
            number("gha.dependabotCooldownDays", 1, 90,
                    "The cooldown (days) gha/dependabot-cooldown wants each Dependabot update to wait at least (default 7)"),
            new ConfigOption("gha.runnerLabels", List.of(),
                    "Labels of self-hosted runners that runs-on may name (never reported as misspelt hosted labels)"),
            new ConfigOption("dockerfile.trustedRegistries", List.of(),
                    "Registries (globs) base images may come from"),
            new ConfigOption("dockerfile.labelSchema", List.of("text", "url", "semver", "hash", "rfc3339", "spdx", "email"),
                    "Labels the final image must carry, each with the type its value must have", Kind.MAP),
            new ConfigOption("dockerfile.strictLabels", List.of("true", "false"),
                    "true: labels not in dockerfile.labelSchema are reported"),
            // the newest release is the one the built-in Kubernetes schema describes (kubernetes.version in pom.xml)
            new ConfigOption("k8s.version", IntStream.rangeClosed(16, 36).mapToObj(minor -> "1." + minor).toList(),
                    "The Kubernetes release manifests target, for deprecated and removed apiVersions (default: the newest)"),
            new ConfigOption("k8s.pullPolicy", List.of("mutable", "always"),
                    "Which containers k8s/image-pull-policy reports: those whose IfNotPresent or Never policy keeps a"
                            + " moving tag stale (default), or every one whose policy is not Always"),
            new ConfigOption("k8s.requireNamespace", List.of("true", "false"),
                    "Whether k8s/default-namespace also reports namespaced objects that set no namespace"),
            new ConfigOption("k8s.requiredLabels", List.of(),
                    "Labels every object must carry, as \"key\" or \"key=regex\" (k8s/required-metadata)"),
            new ConfigOption("k8s.requiredAnnotations", List.of(),
                    "Annotations every object must carry, as \"key\" or \"key=regex\" (k8s/required-metadata)"),
            new ConfigOption("dockerfile.shellcheck", List.of("auto", "off"),
                    "Run ShellCheck on RUN scripts when a shellcheck binary is found (auto, default) or never (off)"),
            new ConfigOption("dockerfile.shellcheckPath", List.of(),
                    "Absolute path of the shellcheck binary to use instead of the one on PATH"));

    public String section() {
        return key.substring(0, key.indexOf('.'));
    }

    public String name() {
        return key.substring(key.indexOf('.') + 1);
    }

    public boolean isList() {
        return kind == Kind.LIST;
    }

    public boolean isMap() {
        return kind == Kind.MAP;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }
}
