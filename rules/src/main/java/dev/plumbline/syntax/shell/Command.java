package dev.plumbline.syntax.shell;

import dev.plumbline.text.Range;
import java.util.List;
import java.util.Optional;

/**
 * One simple command of a shell script (a RUN line, a heredoc body run by a shell, the script of
 * {@code sh -c}) or an exec-form array: environment assignments, then the command name and its
 * arguments. Redirections are left out; heredocs it reads are listed by name.
 */
public final class Command {

    private final List<Word> assignments;
    private final List<Word> words;
    private final List<String> heredocs;
    private final boolean exec;
    private final int nesting;
    private final Range range;
    /** {@link #name()}, computed on first use (rules ask for it per command, per rule). */
    private transient volatile String name;
    private final List<Redirect> redirects;
    private final boolean pipesIn;
    private final boolean pipesOut;

    Command(List<Word> assignments, List<Word> words, List<String> heredocs, boolean exec, int nesting, Range range) {
        this(assignments, words, heredocs, exec, nesting, range, List.of(), false, false);
    }

    Command(List<Word> assignments, List<Word> words, List<String> heredocs, boolean exec, int nesting, Range range,
            List<Redirect> redirects, boolean pipesIn, boolean pipesOut) {
        this.assignments = List.copyOf(assignments);
        this.words = List.copyOf(words);
        this.heredocs = List.copyOf(heredocs);
        this.exec = exec;
        this.nesting = nesting;
        this.range = range;
        this.redirects = List.copyOf(redirects);
        this.pipesIn = pipesIn;
        this.pipesOut = pipesOut;
    }

    /** {@code NAME=value} words in front of the command (e.g. {@code PIP_NO_CACHE_DIR=1 pip install}). */
    public List<Word> assignments() {
        return assignments;
    }

    /** The command name and its arguments. */
    public List<Word> words() {
        return words;
    }

    /** The command name word, absent for a bare assignment or redirection. */
    public Optional<Word> nameWord() {
        return words.isEmpty() ? Optional.empty() : Optional.of(words.get(0));
    }

    /** The command's name without its directory ({@code pip} for {@code /usr/local/bin/pip}); "" when absent. */
    public String name() {
        String result = name;
        if (result == null) {
            String value = words.isEmpty() ? "" : words.get(0).value();
            result = value.substring(value.lastIndexOf('/') + 1);
            name = result;
        }
        return result;
    }

    /** The words after the name. */
    public List<Word> arguments() {
        return words.isEmpty() ? List.of() : words.subList(1, words.size());
    }

    /** The value a prefix assignment gives {@code variable}, if there is one. */
    public Optional<String> assignment(String variable) {
        String prefix = variable + "=";
        return assignments.stream()
                .map(Word::value)
                .filter(v -> v.startsWith(prefix))
                .map(v -> v.substring(prefix.length()))
                .reduce((a, b) -> b);
    }

    /** Names of the heredocs ({@code <<EOF}) this command reads. */
    public List<String> heredocs() {
        return heredocs;
    }

    /** The redirections written on this command ({@code > file}, {@code 2>&1}, {@code <<EOF} …), in order. */
    public List<Redirect> redirects() {
        return redirects;
    }

    /** True when this command reads a pipe: it follows {@code |} (or {@code |&}) in a pipeline. */
    public boolean pipesIn() {
        return pipesIn;
    }

    /** True when this command's output goes into a pipe: {@code |} (or {@code |&}) follows it. */
    public boolean pipesOut() {
        return pipesOut;
    }

    /** True when the words are the elements of an exec-form JSON array. */
    public boolean isExec() {
        return exec;
    }

    /** 0 for a command of the script itself, 1 for one inside {@code sh -c '…'}. */
    public int nesting() {
        return nesting;
    }

    /** From the first assignment or word to the last word or redirection. */
    public Range range() {
        return range;
    }

    /** This command in {@code relocation}'s snapshot. Every positioned field must be moved here. */
    Command relocated(Relocation relocation) {
        return new Command(relocation.words(assignments), relocation.words(words), heredocs, exec, nesting,
                relocation.range(range), Relocation.all(redirects, relocation::redirect), pipesIn, pipesOut);
    }

    @Override
    public String toString() {
        return words.stream().map(Word::value).toList() + "@" + range;
    }
}
