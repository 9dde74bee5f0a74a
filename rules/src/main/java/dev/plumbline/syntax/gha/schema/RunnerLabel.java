package dev.plumbline.syntax.gha.schema;

/**
 * A GitHub-hosted runner label.
 *
 * @param name the label, e.g. {@code ubuntu-24.04}
 * @param os {@code linux}, {@code windows} or {@code macos}
 * @param retired true when GitHub no longer runs jobs on that image
 * @param doc what the runner is (ours, for hover)
 */
public record RunnerLabel(String name, String os, boolean retired, String doc) {
}
