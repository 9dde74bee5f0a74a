package dev.plumbline.engine;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides what a file is from its path, the editor's language id and its content. YAML is GitHub
 * Actions by location ({@code .github/workflows/*.yml}, {@code action.yml}, and the Dependabot
 * configuration {@code .github/dependabot.yml}, whose rules live with the workflow rules) and Kubernetes by
 * content (a document with top-level {@code apiVersion} and {@code kind}) or by being a kustomization
 * file ({@code kustomization.yaml}, {@code kustomization.yml} or {@code Kustomization}, which kustomize
 * reads without apiVersion and kind); other YAML is not ours.
 */
public final class LanguageDetector {

    public static final String CONFIG_FILE_NAME = ".plumbline.yaml";

    /** The file names kustomize looks for in a folder, in its order (case matters, as it does to kustomize). */
    public static final List<String> KUSTOMIZATION_FILE_NAMES =
            List.of("kustomization.yaml", "kustomization.yml", "Kustomization");

    private static final Pattern API_VERSION = Pattern.compile("^\\uFEFF?apiVersion[ \\t]*:", Pattern.MULTILINE);
    private static final Pattern KIND = Pattern.compile("^\\uFEFF?kind[ \\t]*:", Pattern.MULTILINE);
    /** Helm and other template markers: such files are not YAML until rendered. */
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{|\\{%");

    private LanguageDetector() {
    }

    /**
     * @param path the file's path or URI path (any separator); used for its name and parent folders
     * @param languageId the editor's language id, or "" / null when unknown
     * @param text the content
     */
    public static Optional<Language> detect(String path, String languageId, CharSequence text) {
        String normalized = path == null ? "" : path.replace('\\', '/');
        String name = normalized.substring(normalized.lastIndexOf('/') + 1);
        String lower = name.toLowerCase(Locale.ROOT);
        String id = languageId == null ? "" : languageId;

        if (lower.equals(CONFIG_FILE_NAME) || lower.equals(".plumbline.yml") || isPeerConfig(normalized)) {
            return Optional.of(Language.PLUMBLINE_CONFIG);
        }
        // a YAML file name wins over a client that sends one language id for every file it hands us
        boolean yamlName = lower.endsWith(".yml") || lower.endsWith(".yaml");
        if (!yamlName && (id.equals("dockerfile") || isDockerfileName(lower))) {
            return Optional.of(Language.DOCKERFILE);
        }
        boolean kustomization = isKustomizationName(name);
        boolean yaml = yamlName || kustomization || id.equals("yaml") || id.equals("github-actions-workflow");
        if (!yaml) {
            return Optional.empty();
        }
        if (id.equals("github-actions-workflow") || isWorkflowPath(normalized) || isActionMetadata(lower)
                || isDependabotConfig(normalized)) {
            return Optional.of(Language.GITHUB_ACTIONS);
        }
        if (looksLikeKubernetes(text) || kustomization && !hasTemplateMarker(text)) {
            return Optional.of(Language.KUBERNETES);
        }
        return Optional.empty();
    }

    /** True for a path (or bare file name) whose name is one kustomize reads as a kustomization. */
    public static boolean isKustomizationFile(String path) {
        String normalized = path == null ? "" : path.replace('\\', '/');
        return isKustomizationName(normalized.substring(normalized.lastIndexOf('/') + 1));
    }

    static boolean isKustomizationName(String name) {
        return KUSTOMIZATION_FILE_NAMES.contains(name);
    }

    static boolean isDockerfileName(String lowerName) {
        return lowerName.equals("dockerfile") || lowerName.equals("containerfile")
                || lowerName.startsWith("dockerfile.") || lowerName.startsWith("containerfile.")
                || lowerName.endsWith(".dockerfile") || lowerName.endsWith(".containerfile");
    }

    /** A file directly inside {@code .github/workflows/}. */
    static boolean isWorkflowPath(String normalizedPath) {
        String[] parts = normalizedPath.split("/");
        int n = parts.length;
        return n >= 3 && parts[n - 2].equals("workflows") && parts[n - 3].equals(".github");
    }

    /** {@code dependabot.yml} or {@code dependabot.yaml} directly inside a {@code .github} folder. */
    static boolean isDependabotConfig(String normalizedPath) {
        String[] parts = normalizedPath.split("/");
        int n = parts.length;
        return n >= 2 && parts[n - 2].equals(".github")
                && (parts[n - 1].equals("dependabot.yml") || parts[n - 1].equals("dependabot.yaml"));
    }

    /**
     * A peer tool's configuration that Plumbline reads, so what it cannot honour is reported on it:
     * {@code zizmor.yml} / {@code zizmor.yaml} in any folder, {@code actionlint.yaml} / {@code .yml}
     * directly inside a {@code .github} folder.
     */
    static boolean isPeerConfig(String normalizedPath) {
        String[] parts = normalizedPath.split("/");
        int n = parts.length;
        String name = parts[n - 1];
        return name.equals("zizmor.yml") || name.equals("zizmor.yaml")
                || n >= 2 && parts[n - 2].equals(".github") && (name.equals("actionlint.yaml") || name.equals("actionlint.yml"));
    }

    static boolean isActionMetadata(String lowerName) {
        return lowerName.equals("action.yml") || lowerName.equals("action.yaml");
    }

    static boolean looksLikeKubernetes(CharSequence text) {
        return API_VERSION.matcher(text).find() && KIND.matcher(text).find() && !hasTemplateMarker(text);
    }

    /** {@code {{} or {@code {%} anywhere: what {@link #TEMPLATE} finds, by a scan for '{' (large files are checked on every keystroke). */
    private static boolean hasTemplateMarker(CharSequence text) {
        if (!(text instanceof String string)) {
            return TEMPLATE.matcher(text).find();
        }
        int last = string.length() - 1;
        for (int i = string.indexOf('{'); i >= 0 && i < last; i = string.indexOf('{', i + 1)) {
            char next = string.charAt(i + 1);
            if (next == '{' || next == '%') {
                return true;
            }
        }
        return false;
    }
}
