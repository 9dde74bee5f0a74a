package dev.plumbline.workspace;

import java.util.Optional;

/**
 * Pulls the compact facts one kind of file contributes to the {@link WorkspaceIndex} (e.g. a
 * manifest's resources with their labels and ports), so cross-file rules never parse other files
 * themselves. Stateless; must not throw on any input.
 *
 * @param <F> the facts type; rules look facts up by it
 */
public interface FactsExtractor<F> {

    Class<F> type();

    /** Whether a file at this workspace-relative path (forward slashes) may have facts; decides by name only. */
    boolean accepts(String relativePath);

    /** The facts of one file's text, or empty when it has none (e.g. YAML that is not Kubernetes). */
    Optional<F> extract(String relativePath, String text);
}
