package dev.plumbline.syntax.gha;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Plumbline's bundled table of popular actions ({@code gha/actions/known-actions.yaml}: inputs with
 * descriptions, required flags, defaults and deprecations; outputs; major versions) and of archived
 * action repositories ({@code gha/actions/archived-actions.yaml}). Loaded once, on first use; lookups
 * are case-insensitive. Rules use it to check {@code with:}; editor features use it for hover and
 * completion on {@code uses:} and {@code with:}.
 */
public final class KnownActions {

    private static final String TABLE = "/gha/actions/known-actions.yaml";
    private static final String ARCHIVED = "/gha/actions/archived-actions.yaml";

    private KnownActions() {
    }

    /** Holder idiom: the table loads on first use, once. */
    private static final class Tables {
        static final Map<String, KnownAction> ACTIONS = loadActions();
        static final Map<String, String> ARCHIVED_REPOS = loadArchived();
    }

    /** The action {@code owner/repo[/path]} (no {@code @ref}), when the table describes it. */
    public static Optional<KnownAction> lookup(String name) {
        return Optional.ofNullable(Tables.ACTIONS.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The action a {@code uses:} value points at (its ref is ignored); empty for local, Docker and unknown actions. */
    public static Optional<KnownAction> lookup(UsesRef uses) {
        return uses.kind() == UsesRef.Kind.REMOTE_ACTION ? lookup(uses.name()) : Optional.empty();
    }

    /** Every described action by name, in the table's order. */
    public static Map<String, KnownAction> all() {
        return Tables.ACTIONS;
    }

    /**
     * What to use instead of {@code owner/repo} when that repository is archived; empty when it is not
     * known to be.
     */
    public static Optional<String> archivedReplacement(String repository) {
        String lower = repository.toLowerCase(Locale.ROOT);
        String replacement = Tables.ARCHIVED_REPOS.get(lower);
        if (replacement == null && lower.indexOf('/') > 0) {
            replacement = Tables.ARCHIVED_REPOS.get(lower.substring(0, lower.indexOf('/')) + "/*");
        }
        return Optional.ofNullable(replacement);
    }

    /** The archived repositories ({@code owner/*} for whole owners). */
    public static Set<String> archived() {
        return Tables.ARCHIVED_REPOS.keySet();
    }

    private static Map<String, KnownAction> loadActions() {
        Map<String, KnownAction> out = new LinkedHashMap<>();
        map(load(TABLE), TABLE).forEach((name, value) -> out.put(name.toLowerCase(Locale.ROOT),
                action(name.toLowerCase(Locale.ROOT), map(value, name))));
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, String> loadArchived() {
        Map<String, String> out = new LinkedHashMap<>();
        map(load(ARCHIVED), ARCHIVED).forEach((name, value) -> out.put(name.toLowerCase(Locale.ROOT), text(value)));
        return Collections.unmodifiableMap(out);
    }

    private static KnownAction action(String name, Map<String, Object> raw) {
        Map<String, KnownAction.Input> inputs = new LinkedHashMap<>();
        Object rawInputs = raw.get("inputs");
        if (rawInputs != null) {
            map(rawInputs, name + " inputs").forEach((input, value) -> {
                Map<String, Object> d = map(value, name + " " + input);
                inputs.put(input, new KnownAction.Input(input, text(d.get("description")),
                        Boolean.TRUE.equals(d.get("required")), Optional.ofNullable(d.get("default")).map(KnownActions::text),
                        Optional.ofNullable(d.get("deprecated")).map(KnownActions::text)));
            });
        }
        Map<String, KnownAction.Output> outputs = new LinkedHashMap<>();
        Object rawOutputs = raw.get("outputs");
        if (rawOutputs != null) {
            map(rawOutputs, name + " outputs").forEach((output, value) ->
                    outputs.put(output, new KnownAction.Output(output, text(value))));
        }
        return new KnownAction(name, text(raw.get("description")), Collections.unmodifiableMap(inputs),
                Collections.unmodifiableMap(outputs), rawInputs != null, integer(raw.get("current")),
                integer(raw.get("supported-from")), raw.containsKey("retired") ? text(raw.get("retired")) : "",
                integer(raw.get("inputs-from")).orElse(0), integer(raw.get("inputs-to"))
                        .orElse(integer(raw.get("current")).orElse(Integer.MAX_VALUE)));
    }

    private static Object load(String resource) {
        try (InputStream in = KnownActions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new Load(LoadSettings.builder().build()).loadFromInputStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        if (!(value instanceof Map)) {
            throw new IllegalStateException(what + ": expected a mapping in the known-actions table");
        }
        return (Map<String, Object>) value;
    }

    private static OptionalInt integer(Object value) {
        return value instanceof Integer i ? OptionalInt.of(i) : OptionalInt.empty();
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
