package dev.plumbline.rules.dockerfile.support;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The value of BuildKit's {@code # check=skip=A,B;error=true;experimental=C} directive: which checks
 * are skipped, whether check findings fail the build, and the options BuildKit would reject.
 *
 * @param skip the check names after {@code skip=} ({@code all} included as written)
 * @param error true for {@code error=true}
 * @param problems options BuildKit rejects, with their offsets in the value
 */
public record CheckDirective(Set<String> skip, boolean error, List<Problem> problems) {

    /** One rejected option: [{@code start}, {@code end}) in the directive's value. */
    public record Problem(int start, int end, String message) {
    }

    public CheckDirective {
        skip = Set.copyOf(skip);
        problems = List.copyOf(problems);
    }

    public boolean skipsAll() {
        return skip.contains("all");
    }

    public static CheckDirective parse(String value) {
        Set<String> skip = new LinkedHashSet<>();
        boolean error = false;
        List<Problem> problems = new ArrayList<>();
        int start = 0;
        while (start <= value.length()) {
            int end = value.indexOf(';', start);
            end = end < 0 ? value.length() : end;
            String part = value.substring(start, end);
            int eq = part.indexOf('=');
            String key = eq < 0 ? part.trim() : part.substring(0, eq).trim();
            String v = eq < 0 ? "" : part.substring(eq + 1).trim();
            if (eq < 0) {
                problems.add(new Problem(start, end, "\"" + part.trim() + "\" is not a check option; write "
                        + "skip=<checks>, error=<true|false> or experimental=<checks>"));
            } else if (key.equals("skip")) {
                for (String name : v.split(",")) {
                    if (!name.isBlank()) {
                        skip.add(name.trim());
                    }
                }
            } else if (key.equals("error")) {
                Optional<Boolean> flag = goBool(v);
                if (flag.isEmpty()) {
                    problems.add(new Problem(start, end, "error= takes true or false, not \"" + v + "\""));
                }
                error = flag.orElse(false);
            } else if (!key.equals("experimental")) {
                problems.add(new Problem(start, end, "Unknown check option \"" + key
                        + "\"; the options are skip, error and experimental"));
            }
            start = end + 1;
        }
        return new CheckDirective(skip, error, problems);
    }

    /** Go's {@code strconv.ParseBool}. */
    private static Optional<Boolean> goBool(String v) {
        return switch (v) {
            case "1", "t", "T", "TRUE", "true", "True" -> Optional.of(true);
            case "0", "f", "F", "FALSE", "false", "False" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
