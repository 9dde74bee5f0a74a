package dev.plumbline.server.document;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.Optional;

/** Turns document URIs into file paths. Only {@code file:} URIs have one; {@code untitled:} and others do not. */
public final class DocumentPaths {

    private DocumentPaths() {
    }

    public static Optional<Path> filePath(String uri) {
        try {
            URI parsed = new URI(uri);
            if ("file".equalsIgnoreCase(parsed.getScheme())) {
                return Optional.of(Path.of(parsed));
            }
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
            // not a usable file URI: treated like an untitled buffer
        }
        return Optional.empty();
    }

    /**
     * The path the analyzer sees for a document without a file (e.g. {@code untitled:Untitled-1}): the
     * URI's path, so a name like {@code Dockerfile} still helps detection next to the language id.
     */
    public static String virtualPath(String uri) {
        try {
            URI parsed = new URI(uri);
            String path = parsed.getPath();
            return path != null && !path.isEmpty() ? path : parsed.getSchemeSpecificPart();
        } catch (URISyntaxException e) {
            return uri;
        }
    }

    /**
     * True when the URI names a configuration file whose change must re-read the configuration:
     * {@code .plumbline.yaml} / {@code .yml}, or a peer's that lies under it ({@code .hadolint.yaml},
     * {@code zizmor.yml}, {@code .github/actionlint.yaml}, each with either extension).
     */
    public static boolean isConfigFile(String uri) {
        String lower = uri.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith("/.plumbline.yaml") || lower.endsWith("/.plumbline.yml")
                || lower.endsWith("/.hadolint.yaml") || lower.endsWith("/.hadolint.yml")
                || lower.endsWith("/zizmor.yml") || lower.endsWith("/zizmor.yaml")
                || lower.endsWith("/.github/actionlint.yaml") || lower.endsWith("/.github/actionlint.yml");
    }
}
