package dev.plumbline.syntax.gha;

import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.Range;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a {@code uses:} value points at, in the forms GitHub documents:
 * <ul>
 *   <li>{@code ./path} — an action in the checked-out workspace, or a reusable workflow of this
 *       repository when the path is {@code ./.github/workflows/<file>.y(a)ml};</li>
 *   <li>{@code $/path} — the self-repository form: the same, resolved at the running commit with no
 *       checkout needed;</li>
 *   <li>{@code docker://image} — a container image run as a step;</li>
 *   <li>{@code owner/repo[/path]@ref} — an action in another repository;</li>
 *   <li>{@code owner/repo/.github/workflows/<file>.y(a)ml@ref} — a reusable workflow in another
 *       repository.</li>
 * </ul>
 * Malformed values (no {@code @}, no repository) still parse: the parts that are missing are empty.
 * Offsets are into {@link #value()}; when the value comes from a scalar, {@link #rangeOf} maps them
 * into the file exactly (also inside quotes and escapes).
 */
public final class UsesRef {

    public enum Kind {
        LOCAL_ACTION,
        LOCAL_WORKFLOW,
        DOCKER,
        REMOTE_ACTION,
        REMOTE_WORKFLOW
    }

    private static final Pattern FULL_SHA = Pattern.compile("[0-9a-fA-F]{40}");
    private static final Pattern VERSION = Pattern.compile("[vV]?[0-9]+(\\.[0-9]+){0,3}(-[0-9A-Za-z][0-9A-Za-z.-]*)?");
    private static final Pattern WORKFLOW_PATH = Pattern.compile("\\.github/workflows/[^/]+\\.ya?ml");
    private static final String DOCKER_PREFIX = "docker://";

    private final String value;
    private final Kind kind;
    /** Index of the first {@code @}, -1 when there is none. */
    private final int at;
    /** End of the owner (index of the first {@code /}), -1 when there is no slash (remote only). */
    private final int ownerEnd;
    /** End of the repository name, -1 when there is none (remote only). */
    private final int repoEnd;
    private final YamlScalar scalar;

    private UsesRef(String value, YamlScalar scalar) {
        this.value = value;
        this.scalar = scalar;
        this.at = value.indexOf('@');
        String name = at < 0 ? value : value.substring(0, at);
        if (value.startsWith("./") || value.startsWith("$/")) {
            kind = WORKFLOW_PATH.matcher(name.substring(2)).matches() ? Kind.LOCAL_WORKFLOW : Kind.LOCAL_ACTION;
            ownerEnd = -1;
            repoEnd = -1;
        } else if (value.regionMatches(true, 0, DOCKER_PREFIX, 0, DOCKER_PREFIX.length())) {
            kind = Kind.DOCKER;
            ownerEnd = -1;
            repoEnd = -1;
        } else {
            ownerEnd = name.indexOf('/');
            int second = ownerEnd < 0 ? -1 : name.indexOf('/', ownerEnd + 1);
            repoEnd = ownerEnd < 0 ? -1 : second < 0 ? name.length() : second;
            boolean workflow = second >= 0 && WORKFLOW_PATH.matcher(name.substring(second + 1)).matches();
            kind = workflow ? Kind.REMOTE_WORKFLOW : Kind.REMOTE_ACTION;
        }
    }

    /** Parses a value without a place in a file ({@link #rangeOf} is then unavailable). */
    public static UsesRef parse(String value) {
        return new UsesRef(value, null);
    }

    /** Parses a {@code uses:} scalar; ranges map into the file. */
    public static UsesRef of(YamlScalar scalar) {
        return new UsesRef(scalar.value(), scalar);
    }

    /** The value as loaded (quotes removed). */
    public String value() {
        return value;
    }

    public Kind kind() {
        return kind;
    }

    /** {@code ./…} or {@code $/…}: this repository. */
    public boolean isLocal() {
        return kind == Kind.LOCAL_ACTION || kind == Kind.LOCAL_WORKFLOW;
    }

    /** {@code $/…}: this repository at the running commit, needing no checkout. */
    public boolean isSelfRepository() {
        return isLocal() && value.startsWith("$/");
    }

    public boolean isDocker() {
        return kind == Kind.DOCKER;
    }

    /** An action or reusable workflow in another repository. */
    public boolean isRemote() {
        return kind == Kind.REMOTE_ACTION || kind == Kind.REMOTE_WORKFLOW;
    }

    /** A reusable workflow, local or remote. */
    public boolean isWorkflow() {
        return kind == Kind.LOCAL_WORKFLOW || kind == Kind.REMOTE_WORKFLOW;
    }

    /** True when the value contains {@code ${{}, which GitHub does not evaluate in {@code uses:}. */
    public boolean hasExpression() {
        return value.contains("${{");
    }

    /** Everything before the {@code @} (the whole value when there is none), e.g. {@code actions/checkout}. */
    public String name() {
        return at < 0 ? value : value.substring(0, at);
    }

    /** True when the value has an {@code @}, even with nothing after it. */
    public boolean hasRef() {
        return at >= 0;
    }

    /** The text after the first {@code @}; empty when there is no {@code @}. */
    public Optional<String> ref() {
        return at < 0 ? Optional.empty() : Optional.of(value.substring(at + 1));
    }

    /** The repository owner of a remote reference. */
    public Optional<String> owner() {
        return isRemote() && ownerEnd > 0 ? Optional.of(value.substring(0, ownerEnd)) : Optional.empty();
    }

    /** The repository name (without owner) of a remote reference. */
    public Optional<String> repo() {
        return isRemote() && repoEnd > ownerEnd + 1 ? Optional.of(value.substring(ownerEnd + 1, repoEnd))
                : Optional.empty();
    }

    /** {@code owner/repo} of a remote reference. */
    public Optional<String> repository() {
        return owner().isPresent() && repo().isPresent() ? Optional.of(value.substring(0, repoEnd)) : Optional.empty();
    }

    /**
     * The path: inside the repository for a remote reference ({@code init} in
     * {@code github/codeql-action/init@v3}), the whole local path for {@code ./…} and {@code $/…}
     * (without that prefix).
     */
    public Optional<String> path() {
        String name = name();
        if (isLocal()) {
            return Optional.of(name.substring(2));
        }
        if (isRemote() && repoEnd >= 0 && repoEnd < name.length()) {
            return Optional.of(name.substring(repoEnd + 1));
        }
        return Optional.empty();
    }

    /** The image of a {@code docker://} reference. */
    public Optional<String> image() {
        return isDocker() ? Optional.of(value.substring(DOCKER_PREFIX.length())) : Optional.empty();
    }

    /** True when the ref is a full 40-character commit SHA. */
    public boolean isFullSha() {
        return ref().map(r -> FULL_SHA.matcher(r).matches()).orElse(false);
    }

    /** True when the ref is shaped like a version tag: {@code v4}, {@code v4.1.2}, {@code 1.2}, {@code v2.0.0-rc.1}. */
    public boolean isVersionTag() {
        return ref().map(r -> VERSION.matcher(r).matches()).orElse(false);
    }

    /** True when the ref could be an abbreviated commit SHA (7 to 39 hex digits, with at least one letter a–f). */
    public boolean isShortSha() {
        return ref().map(r -> r.length() >= 7 && r.length() < 40 && r.toLowerCase(Locale.ROOT).matches("[0-9a-f]+")
                && !r.matches("[0-9]+")).orElse(false);
    }

    /** The scalar this reference was read from. */
    public Optional<YamlScalar> scalar() {
        return Optional.ofNullable(scalar);
    }

    /** The file range of value characters [{@code start}, {@code end}); requires a scalar. */
    public Range rangeOf(int start, int end) {
        if (scalar == null) {
            throw new IllegalStateException("a parsed value has no place in a file");
        }
        return scalar.content().rangeOf(start, end);
    }

    /** The file range of the ref after {@code @}; empty without a scalar or without {@code @}. */
    public Optional<Range> refRange() {
        return scalar == null || at < 0 ? Optional.empty() : Optional.of(rangeOf(at + 1, value.length()));
    }

    /** The scalar as written (quotes included); requires a scalar. */
    public Range range() {
        if (scalar == null) {
            throw new IllegalStateException("a parsed value has no place in a file");
        }
        return scalar.range();
    }

    @Override
    public String toString() {
        return kind + " " + value;
    }
}
