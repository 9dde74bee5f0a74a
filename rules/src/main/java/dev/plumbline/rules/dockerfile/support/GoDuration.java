package dev.plumbline.rules.dockerfile.support;

import java.util.Optional;

/**
 * Reads a duration the way Go's {@code time.ParseDuration} does ({@code 30s}, {@code 1m30s},
 * {@code 1.5h}, {@code 500ms}, {@code 0}), which is what BuildKit uses for HEALTHCHECK intervals.
 *
 * @param nanos the duration in nanoseconds, when the text is valid
 * @param outcome whether it is valid, and if not, why
 * @param problem why the text is not a duration, when it is not
 */
public record GoDuration(double nanos, Outcome outcome, Optional<String> problem) {

    /** What reading the text gave. */
    public enum Outcome { VALID, INVALID, MISSING_UNIT, UNKNOWN_UNIT }

    private static GoDuration ok(double nanos) {
        return new GoDuration(nanos, Outcome.VALID, Optional.empty());
    }

    private static GoDuration bad(String problem) {
        return bad(Outcome.INVALID, problem);
    }

    private static GoDuration bad(Outcome outcome, String problem) {
        return new GoDuration(0, outcome, Optional.of(problem));
    }

    public boolean isValid() {
        return outcome == Outcome.VALID;
    }

    public static GoDuration parse(String text) {
        String s = text;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return ok(0);
        }
        if (s.isEmpty()) {
            return bad("\"" + text + "\" is not a duration");
        }
        double total = 0;
        int i = 0;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && isDigit(s.charAt(i))) {
                i++;
            }
            boolean whole = i > start;
            if (i < s.length() && s.charAt(i) == '.') {
                i++;
                int fraction = i;
                while (i < s.length() && isDigit(s.charAt(i))) {
                    i++;
                }
                if (!whole && i == fraction) {
                    return bad("\"" + text + "\" is not a duration");
                }
            } else if (!whole) {
                return bad("\"" + text + "\" is not a duration");
            }
            double number = Double.parseDouble(s.substring(start, i).equals(".") ? "0" : s.substring(start, i));
            int unitStart = i;
            while (i < s.length() && s.charAt(i) != '.' && !isDigit(s.charAt(i))) {
                i++;
            }
            if (unitStart == i) {
                return bad(Outcome.MISSING_UNIT, "\"" + text + "\" has no unit; write e.g. " + s.substring(start, i) + "s");
            }
            String unit = s.substring(unitStart, i);
            double scale = switch (unit) {
                case "ns" -> 1;
                case "us", "\u00B5s", "\u03BCs" -> 1e3;
                case "ms" -> 1e6;
                case "s" -> 1e9;
                case "m" -> 60e9;
                case "h" -> 3600e9;
                default -> -1;
            };
            if (scale < 0) {
                return bad(Outcome.UNKNOWN_UNIT, "\"" + text + "\" has the unknown unit \"" + unit + "\"; use ns, us, ms, s, m or h");
            }
            total += number * scale;
        }
        if (total > Long.MAX_VALUE) {
            return bad("\"" + text + "\" is too long a duration");
        }
        return ok(negative ? -total : total);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
