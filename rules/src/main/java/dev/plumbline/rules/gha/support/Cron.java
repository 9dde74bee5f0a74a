package dev.plumbline.rules.gha.support;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A POSIX cron expression as GitHub reads {@code schedule.cron}: five fields (minute, hour, day of
 * month, month, day of week), each a list of {@code *}, values, ranges and {@code /steps}; month and
 * weekday names ({@code JAN}, {@code MON}) are accepted. Offsets are into the expression.
 */
public final class Cron {

    /** One field as written: its text and where it is in the expression. */
    public record Field(String name, String text, int start, int end, BitSet values) {
    }

    /** What is wrong, and where in the expression. */
    public record Problem(String message, int start, int end) {
    }

    private static final String[] NAMES = {"minute", "hour", "day of month", "month", "day of week"};
    private static final int[] MIN = {0, 0, 1, 1, 0};
    private static final int[] MAX = {59, 23, 31, 12, 7};
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("JAN", 1), Map.entry("FEB", 2),
            Map.entry("MAR", 3), Map.entry("APR", 4), Map.entry("MAY", 5), Map.entry("JUN", 6), Map.entry("JUL", 7),
            Map.entry("AUG", 8), Map.entry("SEP", 9), Map.entry("OCT", 10), Map.entry("NOV", 11), Map.entry("DEC", 12));
    private static final Map<String, Integer> DAYS = Map.of("SUN", 0, "MON", 1, "TUE", 2, "WED", 3, "THU", 4,
            "FRI", 5, "SAT", 6);

    private final List<Field> fields;
    private final Problem problem;

    private Cron(List<Field> fields, Problem problem) {
        this.fields = fields;
        this.problem = problem;
    }

    public static Cron parse(String expression) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < expression.length()) {
            while (i < expression.length() && Character.isWhitespace(expression.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < expression.length() && !Character.isWhitespace(expression.charAt(i))) {
                i++;
            }
            if (i > start) {
                spans.add(new int[] {start, i});
            }
        }
        if (spans.size() != 5) {
            return new Cron(List.of(), new Problem("Cron \"" + expression + "\" has " + spans.size()
                    + " fields; GitHub needs five: minute hour day-of-month month day-of-week", 0, expression.length()));
        }
        List<Field> fields = new ArrayList<>();
        for (int f = 0; f < 5; f++) {
            int[] span = spans.get(f);
            String text = expression.substring(span[0], span[1]);
            BitSet values = new BitSet();
            Optional<String> error = parseField(f, text, values);
            if (error.isPresent()) {
                return new Cron(List.of(), new Problem("Cron " + NAMES[f] + " \"" + text + "\" " + error.get(), span[0],
                        span[1]));
            }
            fields.add(new Field(NAMES[f], text, span[0], span[1], values));
        }
        return new Cron(List.copyOf(fields), null);
    }

    public Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }

    /** The five fields; empty when the expression does not parse. */
    public List<Field> fields() {
        return fields;
    }

    /**
     * The shortest time between two runs within the schedule's hours, in minutes; empty when it runs at
     * most once an hour. Runs in consecutive hours count the gap across the hour.
     */
    public Optional<Integer> shortestGapMinutes() {
        if (problem != null) {
            return Optional.empty();
        }
        BitSet minutes = fields.get(0).values();
        BitSet hours = fields.get(1).values();
        if (minutes.cardinality() < 2) {
            return Optional.empty();
        }
        int best = Integer.MAX_VALUE;
        int previous = -1;
        for (int m = minutes.nextSetBit(0); m >= 0; m = minutes.nextSetBit(m + 1)) {
            if (previous >= 0) {
                best = Math.min(best, m - previous);
            }
            previous = m;
        }
        boolean consecutiveHours = false;
        for (int h = hours.nextSetBit(0); h >= 0; h = hours.nextSetBit(h + 1)) {
            if (hours.get((h + 1) % 24)) {
                consecutiveHours = true;
                break;
            }
        }
        if (consecutiveHours) {
            best = Math.min(best, 60 - minutes.previousSetBit(59) + minutes.nextSetBit(0));
        }
        return Optional.of(best);
    }

    private static Optional<String> parseField(int f, String text, BitSet values) {
        for (String item : text.split(",", -1)) {
            if (item.isEmpty()) {
                return Optional.of("has an empty list item");
            }
            String range = item;
            int step = 1;
            int slash = item.indexOf('/');
            if (slash >= 0) {
                range = item.substring(0, slash);
                String stepText = item.substring(slash + 1);
                if (!stepText.matches("[0-9]{1,4}") || Integer.parseInt(stepText) == 0) {
                    return Optional.of("has an invalid step \"/" + stepText + "\"");
                }
                step = Integer.parseInt(stepText);
            }
            int low;
            int high;
            if (range.equals("*")) {
                low = MIN[f];
                high = f == 4 ? 6 : MAX[f];
            } else {
                int dash = range.indexOf('-');
                String a = dash >= 0 ? range.substring(0, dash) : range;
                Optional<Integer> lowValue = value(f, a);
                if (lowValue.isEmpty()) {
                    return Optional.of(unknownValue(f, a));
                }
                low = lowValue.get();
                if (dash >= 0) {
                    String b = range.substring(dash + 1);
                    Optional<Integer> highValue = value(f, b);
                    if (highValue.isEmpty()) {
                        return Optional.of(unknownValue(f, b));
                    }
                    high = highValue.get();
                    if (high < low) {
                        return Optional.of("has a backward range \"" + range + "\"");
                    }
                } else {
                    high = slash >= 0 ? (f == 4 ? 6 : MAX[f]) : low;
                }
            }
            for (int v = low; v <= high; v += step) {
                values.set(f == 4 && v == 7 ? 0 : v);
            }
        }
        return Optional.empty();
    }

    private static String unknownValue(int f, String text) {
        if (text.equals("?") || text.contains("L") || text.contains("W") || text.contains("#")) {
            return "uses \"" + text + "\", which POSIX cron (and GitHub) does not support";
        }
        return "has \"" + text + "\", not a value from " + MIN[f] + " to " + (f == 4 ? 6 : MAX[f])
                + (f == 3 ? " or JAN-DEC" : f == 4 ? " or SUN-SAT" : "");
    }

    private static Optional<Integer> value(int f, String text) {
        if (text.matches("[0-9]{1,2}")) {
            int v = Integer.parseInt(text);
            return v >= MIN[f] && v <= MAX[f] ? Optional.of(v) : Optional.empty();
        }
        String upper = text.toUpperCase(Locale.ROOT);
        if (f == 3 && MONTHS.containsKey(upper)) {
            return Optional.of(MONTHS.get(upper));
        }
        if (f == 4 && DAYS.containsKey(upper)) {
            return Optional.of(DAYS.get(upper));
        }
        return Optional.empty();
    }
}
