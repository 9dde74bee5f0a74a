package dev.plumbline.engine;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a rule is: its stable id ({@code <domain>/<kebab-slug>}), a one-line title, its default
 * severity, the language it checks, the peer ids it answers to, and whether it runs by default.
 */
public record RuleMeta(
        String id, String title, Severity defaultSeverity, Language language, List<PeerId> aliases, boolean enabledByDefault) {

    /** {@code <domain>/<kebab-slug>}, lowercase letters, digits and single dashes. */
    public static final Pattern ID_FORMAT = Pattern.compile("[a-z0-9]+/[a-z0-9]+(-[a-z0-9]+)*");

    public RuleMeta {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(language, "language");
        aliases = List.copyOf(aliases);
        if (!ID_FORMAT.matcher(id).matches()) {
            throw new IllegalArgumentException("malformed rule id '" + id + "'");
        }
        if (!id.startsWith(language.domain() + "/")) {
            throw new IllegalArgumentException("rule id '" + id + "' is not in the " + language.domain() + " domain");
        }
    }

    public static RuleMeta of(String id, String title, Severity severity, Language language, PeerId... aliases) {
        return new RuleMeta(id, title, severity, language, List.of(aliases), true);
    }

    public RuleMeta offByDefault() {
        return new RuleMeta(id, title, defaultSeverity, language, aliases, false);
    }

    /** The part of the id after the domain, e.g. {@code latest-tag}. */
    public String slug() {
        return id.substring(id.indexOf('/') + 1);
    }
}
