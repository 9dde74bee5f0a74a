package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.syntax.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments split into options and operands the way a getopt-style program reads them:
 * {@code --name}, {@code --name=value}, {@code --name value} (for options known to take a value),
 * bundled short options {@code -qy}, a short option's value attached ({@code -ofile}) or next
 * ({@code -o file}), and {@code --} ending the options. With {@link Spec#singleDash} every
 * {@code -word} is one long option (Go's flag package).
 */
public final class CommandArgs {

    /**
     * Which options take a value.
     *
     * @param longWithValue long option names (without dashes) that take the next word when written without {@code =}
     * @param shortWithValue short option letters that take a value
     * @param singleDash true when {@code -name} is a long option (Go)
     */
    public record Spec(Set<String> longWithValue, String shortWithValue, boolean singleDash) {

        public static Spec of(Set<String> longWithValue, String shortWithValue) {
            return new Spec(longWithValue, shortWithValue, false);
        }
    }

    /**
     * One option as written.
     *
     * @param name the long name without dashes, or one short letter
     * @param isLong true for {@code --name} (or any option under {@link Spec#singleDash})
     * @param word the word the option is written in
     * @param value its value: after {@code =}, attached to a short option, or the next word
     * @param valueWord the word holding the value: {@code word} itself, or the next word
     */
    public record Option(String name, boolean isLong, Word word, Optional<String> value, Optional<Word> valueWord) {

        Option(String name, boolean isLong, Word word, Optional<String> value) {
            this(name, isLong, word, value, value.map(v -> word));
        }

        static Option withNext(String name, boolean isLong, Word word, Word next) {
            return new Option(name, isLong, word, Optional.of(next.value()), Optional.of(next));
        }
    }

    private final List<Option> options;
    private final List<Word> operands;
    private final List<Integer> operandIndexes;

    private CommandArgs(List<Option> options, List<Word> operands, List<Integer> operandIndexes) {
        this.options = List.copyOf(options);
        this.operands = List.copyOf(operands);
        this.operandIndexes = List.copyOf(operandIndexes);
    }

    public static CommandArgs parse(List<Word> args, Spec spec) {
        List<Option> options = new ArrayList<>();
        List<Word> operands = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        boolean onlyOperands = false;
        for (int i = 0; i < args.size(); i++) {
            Word word = args.get(i);
            String v = word.value();
            if (onlyOperands || v.length() < 2 || v.charAt(0) != '-') {
                operands.add(word);
                indexes.add(i);
                continue;
            }
            if (v.equals("--")) {
                onlyOperands = true;
                continue;
            }
            if (v.startsWith("--") || spec.singleDash()) {
                String body = v.substring(v.startsWith("--") ? 2 : 1);
                int eq = body.indexOf('=');
                String name = eq >= 0 ? body.substring(0, eq) : body;
                // under single-dash parsing a one-letter option still counts as a letter for has()
                boolean isLong = !spec.singleDash() || name.length() > 1 || v.startsWith("--");
                if (eq >= 0) {
                    options.add(new Option(name, isLong, word, Optional.of(body.substring(eq + 1))));
                } else if (spec.longWithValue().contains(body) && i + 1 < args.size()) {
                    options.add(Option.withNext(name, isLong, word, args.get(++i)));
                } else {
                    options.add(new Option(name, isLong, word, Optional.empty()));
                }
                continue;
            }
            for (int k = 1; k < v.length(); k++) {
                String letter = String.valueOf(v.charAt(k));
                if (k + 1 < v.length() && v.charAt(k + 1) == '=') {
                    options.add(new Option(letter, false, word, Optional.of(v.substring(k + 2))));
                    break;
                }
                if (spec.shortWithValue().indexOf(v.charAt(k)) >= 0) {
                    if (k + 1 < v.length()) {
                        String attached = v.substring(k + 1);
                        options.add(new Option(letter, false, word,
                                Optional.of(attached.startsWith("=") ? attached.substring(1) : attached)));
                    } else if (i + 1 < args.size()) {
                        options.add(Option.withNext(letter, false, word, args.get(++i)));
                    } else {
                        options.add(new Option(letter, false, word, Optional.empty()));
                    }
                    break;
                }
                options.add(new Option(letter, false, word, Optional.empty()));
            }
        }
        return new CommandArgs(options, operands, indexes);
    }

    public List<Option> options() {
        return options;
    }

    /** The words that are neither options nor option values, in order. */
    public List<Word> operands() {
        return operands;
    }

    /** The first operand (typically the subcommand). */
    public Optional<Word> firstOperand() {
        return operands.isEmpty() ? Optional.empty() : Optional.of(operands.get(0));
    }

    /** The operands after the first one. */
    public List<Word> operandsAfterFirst() {
        return operands.isEmpty() ? List.of() : operands.subList(1, operands.size());
    }

    /** Index in the parsed argument list of operand {@code n}. */
    public int operandIndex(int n) {
        return operandIndexes.get(n);
    }

    /** True when one of {@code names} is present: long names as written without dashes, or single letters. */
    public boolean has(String... names) {
        for (String name : names) {
            boolean isLong = name.length() > 1;
            for (Option option : options) {
                if (option.name().equals(name) && (option.isLong() == isLong)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when one of {@code names} is present and not switched off by a value: {@code --x} and
     * {@code --x=true} count, {@code --x=false} (or {@code 0}, {@code no}) does not.
     */
    public boolean enabled(String... names) {
        for (String name : names) {
            boolean isLong = name.length() > 1;
            for (Option option : options) {
                if (option.name().equals(name) && option.isLong() == isLong) {
                    String v = option.value().orElse("true").toLowerCase(Locale.ROOT);
                    if (!v.equals("false") && !v.equals("0") && !v.equals("no")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** How often the short letter {@code letter} is given ({@code -qq} counts 2). */
    public int count(char letter) {
        String name = String.valueOf(letter);
        return (int) options.stream().filter(o -> !o.isLong() && o.name().equals(name)).count();
    }

    /** Every occurrence of the option {@code name} (long name or letter). */
    public List<Option> all(String name) {
        boolean isLong = name.length() > 1;
        return options.stream().filter(o -> o.name().equals(name) && o.isLong() == isLong).toList();
    }

    /** The values of every occurrence of the option {@code name} (long name or letter). */
    public List<String> values(String name) {
        boolean isLong = name.length() > 1;
        List<String> out = new ArrayList<>();
        for (Option option : options) {
            if (option.name().equals(name) && option.isLong() == isLong) {
                option.value().ifPresent(out::add);
            }
        }
        return out;
    }
}
