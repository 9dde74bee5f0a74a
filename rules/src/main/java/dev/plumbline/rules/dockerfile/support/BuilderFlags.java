package dev.plumbline.rules.dockerfile.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The builder flags each instruction accepts (BuildKit's current Dockerfile frontend, labs flags
 * included) and how BuildKit reads their values.
 */
public final class BuilderFlags {

    /** How a flag's value is read. */
    public enum Type {
        /** {@code --link}, {@code --link=true|false}. */
        BOOLEAN,
        /** {@code --from=x}; once per instruction. */
        STRING,
        /** {@code --mount=…}; may be given several times. */
        REPEATABLE
    }

    private static final Map<String, Map<String, Type>> FLAGS = Map.of(
            "FROM", flags("platform", Type.STRING),
            "RUN", flags("mount", Type.REPEATABLE, "network", Type.STRING, "security", Type.STRING,
                    "device", Type.REPEATABLE),
            "COPY", flags("from", Type.STRING, "chown", Type.STRING, "chmod", Type.STRING, "link", Type.BOOLEAN,
                    "parents", Type.BOOLEAN, "exclude", Type.REPEATABLE),
            "ADD", flags("chown", Type.STRING, "chmod", Type.STRING, "link", Type.BOOLEAN, "checksum", Type.STRING,
                    "keep-git-dir", Type.BOOLEAN, "unpack", Type.BOOLEAN, "exclude", Type.REPEATABLE),
            "HEALTHCHECK", flags("interval", Type.STRING, "timeout", Type.STRING, "start-period", Type.STRING,
                    "start-interval", Type.STRING, "retries", Type.STRING));

    private BuilderFlags() {
    }

    private static Map<String, Type> flags(Object... pairs) {
        Map<String, Type> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], (Type) pairs[i + 1]);
        }
        return out;
    }

    /** The flags {@code instruction} (upper case) accepts, in documentation order; empty for most. */
    public static Map<String, Type> of(String instruction) {
        return FLAGS.getOrDefault(instruction, Map.of());
    }

    /** How {@code --flag} of {@code instruction} is read; empty when the instruction has no such flag. */
    public static Optional<Type> type(String instruction, String flag) {
        return Optional.ofNullable(of(instruction).get(flag));
    }
}
