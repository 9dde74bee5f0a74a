package dev.plumbline.engine;

import java.util.Optional;

/** The kinds of file Plumbline checks. Each owns the rule-id domain its rules live in. */
public enum Language {
    DOCKERFILE("dockerfile", "Dockerfile"),
    KUBERNETES("k8s", "Kubernetes"),
    GITHUB_ACTIONS("gha", "GitHub Actions"),
    /** Plumbline's own configuration file, {@code .plumbline.yaml}. */
    PLUMBLINE_CONFIG("plumbline", "Plumbline configuration");

    private final String domain;
    private final String displayName;

    Language(String domain, String displayName) {
        this.domain = domain;
        this.displayName = displayName;
    }

    /** The prefix of this language's rule ids, e.g. {@code dockerfile} in {@code dockerfile/latest-tag}. */
    public String domain() {
        return domain;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<Language> ofDomain(String domain) {
        for (Language language : values()) {
            if (language.domain.equals(domain)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
