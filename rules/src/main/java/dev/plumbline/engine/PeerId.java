package dev.plumbline.engine;

import java.util.Objects;

/**
 * The id another tool gives the same check, e.g. ({@code hadolint}, {@code DL3007}) or
 * ({@code kube-linter}, {@code latest-tag}), so that the suppressions and configs users already have
 * keep working.
 */
public record PeerId(String tool, String id) {

    public static final String HADOLINT = "hadolint";
    public static final String BUILDKIT = "buildkit";
    public static final String KUBE_LINTER = "kube-linter";
    public static final String KUBE_SCORE = "kube-score";
    public static final String POLARIS = "polaris";
    public static final String ACTIONLINT = "actionlint";
    public static final String ZIZMOR = "zizmor";

    public PeerId {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(id, "id");
    }

    public static PeerId of(String tool, String id) {
        return new PeerId(tool, id);
    }

    @Override
    public String toString() {
        return tool + ":" + id;
    }
}
