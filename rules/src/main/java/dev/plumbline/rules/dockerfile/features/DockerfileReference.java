package dev.plumbline.rules.dockerfile.features;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * What the editor says about the parts of a Dockerfile: every instruction, builder flag, parser
 * directive and {@code --mount} option, in Plumbline's own words, with the values completion can
 * offer where they form a fixed set, read from the table {@code reference.yaml} beside this class.
 * One place, so hover and completion always agree.
 */
final class DockerfileReference {

    private static final String RESOURCE = "reference.yaml";

    /**
     * One instruction.
     *
     * @param name the keyword in upper case
     * @param summary one sentence: what it does
     * @param syntax the forms it is written in
     * @param notes what people trip over
     * @param snippet what completion inserts after the keyword (snippet syntax)
     * @param flags the builder flags it takes
     */
    record InstructionDoc(String name, String summary, String syntax, String notes, String snippet, List<FlagDoc> flags) {

        Optional<FlagDoc> flag(String flagName) {
            return flags.stream().filter(f -> f.name().equals(flagName)).findFirst();
        }

        String markdown() {
            StringBuilder out = new StringBuilder("**").append(name).append("** — ").append(summary).append("\n\n```dockerfile\n")
                    .append(syntax).append("\n```");
            if (!notes.isEmpty()) {
                out.append("\n\n").append(notes);
            }
            if (!flags.isEmpty()) {
                out.append("\n\nFlags: ");
                out.append(String.join(", ", flags.stream().map(f -> "`--" + f.name() + "`").toList()));
            }
            return out.toString();
        }
    }

    /**
     * One builder flag of an instruction.
     *
     * @param name without dashes
     * @param summary what it does
     * @param valueHint how its value is written ("" for a switch without value)
     * @param values the values it takes when they form a fixed set
     * @param repeatable true when it may be given several times
     */
    record FlagDoc(String name, String summary, String valueHint, List<String> values, boolean repeatable) {

        boolean takesValue() {
            return !valueHint.isEmpty();
        }

        String markdown(String instruction) {
            String form = takesValue() ? "--" + name + "=" + valueHint : "--" + name;
            StringBuilder out = new StringBuilder("**`").append(form).append("`** (").append(instruction).append(" flag) — ")
                    .append(summary);
            if (!values.isEmpty()) {
                out.append("\n\nValues: ").append(String.join(", ", values.stream().map(v -> "`" + v + "`").toList()));
            }
            return out.toString();
        }
    }

    /** A key of a {@code --mount} value, e.g. {@code target}; {@code types} lists the mount types it belongs to. */
    record MountKeyDoc(String name, String summary, List<String> types, List<String> values, String snippet) {

        String markdown() {
            StringBuilder out = new StringBuilder("**`").append(name).append("`** (`--mount` option) — ").append(summary);
            if (!values.isEmpty()) {
                out.append("\n\nValues: ").append(String.join(", ", values.stream().map(v -> "`" + v + "`").toList()));
            }
            out.append("\n\nFor mounts of type ").append(String.join(", ", types.stream().map(t -> "`" + t + "`").toList()))
                    .append('.');
            return out.toString();
        }
    }

    /** A parser directive ({@code # name=value} at the very top of the file). */
    record DirectiveDoc(String name, String summary, String example, List<String> values) {

        String markdown() {
            return "**`# " + name + "=`** (parser directive) — " + summary + "\n\n```dockerfile\n" + example + "\n```"
                    + "\n\nDirectives are read only at the top of the file, before any comment, blank line or"
                    + " instruction; further down the same line is an ordinary comment.";
        }
    }

    /** A mount type and the keys it takes. */
    record MountTypeDoc(String name, String summary, String snippet) {
    }

    private static final Map<String, InstructionDoc> INSTRUCTIONS = new LinkedHashMap<>();
    private static final Map<String, DirectiveDoc> DIRECTIVES = new LinkedHashMap<>();
    private static final Map<String, MountKeyDoc> MOUNT_KEYS = new LinkedHashMap<>();
    private static final Map<String, MountTypeDoc> MOUNT_TYPES = new LinkedHashMap<>();
    private static final List<String> SIGNAL_NAMES = new ArrayList<>();
    private static final Map<String, String> AUTOMATIC = new LinkedHashMap<>();

    static {
        load();
    }

    private DockerfileReference() {
    }

    /** Reads the reference table, {@code reference.yaml} beside this class. */
    private static void load() {
        Map<String, Object> root;
        try (InputStream in = DockerfileReference.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            root = map(new Load(LoadSettings.builder().build()).loadFromInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Map<String, Object> entry : maps(root.get("instructions"))) {
            List<FlagDoc> flags = new ArrayList<>();
            for (Map<String, Object> flag : maps(entry.get("flags"))) {
                flags.add(new FlagDoc(text(flag, "name"), text(flag, "summary"), text(flag, "value"),
                        strings(flag.get("values")), Boolean.TRUE.equals(flag.get("repeatable"))));
            }
            String name = text(entry, "name");
            INSTRUCTIONS.put(name, new InstructionDoc(name, text(entry, "summary"), text(entry, "syntax"),
                    text(entry, "notes"), text(entry, "snippet"), List.copyOf(flags)));
        }
        for (Map<String, Object> entry : maps(root.get("directives"))) {
            String name = text(entry, "name");
            DIRECTIVES.put(name, new DirectiveDoc(name, text(entry, "summary"), text(entry, "example"),
                    strings(entry.get("values"))));
        }
        for (Map<String, Object> entry : maps(root.get("mountTypes"))) {
            String name = text(entry, "name");
            MOUNT_TYPES.put(name, new MountTypeDoc(name, text(entry, "summary"), text(entry, "snippet")));
        }
        for (Map<String, Object> entry : maps(root.get("mountKeys"))) {
            String name = text(entry, "name");
            MOUNT_KEYS.put(name, new MountKeyDoc(name, text(entry, "summary"), strings(entry.get("types")),
                    strings(entry.get("values")), text(entry, "snippet")));
        }
        SIGNAL_NAMES.addAll(strings(root.get("signals")));
        map(root.get("automaticArgs")).forEach((name, what) -> AUTOMATIC.put(name, String.valueOf(what)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static List<Map<String, Object>> maps(Object value) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(element -> out.add(map(element)));
        }
        return out;
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    private static String text(Map<String, Object> entry, String key) {
        Object value = entry.get(key);
        return value == null ? "" : String.valueOf(value);
    }

    static Optional<InstructionDoc> instruction(String keyword) {
        return Optional.ofNullable(INSTRUCTIONS.get(keyword.toUpperCase(Locale.ROOT)));
    }

    static List<InstructionDoc> instructions() {
        return List.copyOf(INSTRUCTIONS.values());
    }

    static Optional<DirectiveDoc> directive(String name) {
        return Optional.ofNullable(DIRECTIVES.get(name.toLowerCase(Locale.ROOT)));
    }

    static List<DirectiveDoc> directives() {
        return List.copyOf(DIRECTIVES.values());
    }

    /** A mount key by any of its spellings ({@code dst}, {@code src}, {@code ro} …). */
    static Optional<MountKeyDoc> mountKey(String key) {
        String canonical = switch (key.toLowerCase(Locale.ROOT)) {
            case "dst", "destination" -> "target";
            case "src" -> "source";
            case "ro" -> "readonly";
            case "readwrite" -> "rw";
            default -> key.toLowerCase(Locale.ROOT);
        };
        return Optional.ofNullable(MOUNT_KEYS.get(canonical));
    }

    static List<MountKeyDoc> mountKeys() {
        return List.copyOf(MOUNT_KEYS.values());
    }

    static Optional<MountTypeDoc> mountType(String type) {
        return Optional.ofNullable(MOUNT_TYPES.get(type.toLowerCase(Locale.ROOT)));
    }

    static List<MountTypeDoc> mountTypes() {
        return List.copyOf(MOUNT_TYPES.values());
    }

    /** Signals {@code STOPSIGNAL} is usually given. */
    static final List<String> SIGNALS = List.copyOf(SIGNAL_NAMES);

    /**
     * The build arguments BuildKit sets by itself: usable in {@code FROM} lines, and in a stage once
     * declared there with {@code ARG}.
     */
    static final Map<String, String> AUTOMATIC_ARGS = Collections.unmodifiableMap(AUTOMATIC);
}
