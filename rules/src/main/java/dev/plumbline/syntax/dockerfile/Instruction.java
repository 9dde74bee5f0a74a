package dev.plumbline.syntax.dockerfile;

import dev.plumbline.syntax.shell.MappedText;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.Range;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One Dockerfile instruction: its keyword, builder flags, arguments (JSON elements in exec form,
 * otherwise words), heredocs and exact ranges. Keyword-specific views are subclasses
 * ({@link FromInstruction}, {@link ArgInstruction}, {@link KeyValueInstruction},
 * {@link RunInstruction}, {@link HealthcheckInstruction}, {@link OnbuildInstruction}); every other
 * instruction (including unknown ones) is a plain {@code Instruction}.
 */
public class Instruction {

    /** What every instruction has, as the parser found it. */
    record Parts(
            Word keyword,
            List<Flag> flags,
            MappedText line,
            MappedText argumentText,
            List<Word> arguments,
            ExecForm execForm,
            MappedText shellForm,
            List<Heredoc> heredocs,
            int startOffset,
            int endOffset,
            Range range,
            int startLine,
            int endLine,
            int stageIndex,
            boolean trigger) {
    }

    private final Parts parts;
    /** The keyword in upper case, computed once: rules ask for it all the time. */
    private final String name;
    /**
     * The instruction this one was moved from by an incremental parse (see {@link #origin}); null
     * when it was read from the text. Not part of what the instruction says, hence transient.
     */
    private transient Object origin;

    Instruction(Parts parts) {
        this.parts = parts;
        this.name = parts.keyword().value().toUpperCase(Locale.ROOT);
    }

    Parts parts() {
        return parts;
    }

    /**
     * A token shared by this instruction and every copy an incremental parse moved it into: equal
     * tokens mean the same text, read once (only the position may differ). Findings about an
     * instruction can be cached under it.
     */
    public Object origin() {
        return origin == null ? this : origin;
    }

    /** Marks this (new) instruction as a moved copy of {@code source}. */
    void movedFrom(Instruction source) {
        this.origin = source.origin();
    }

    /** The keyword in upper case, e.g. {@code RUN} (unknown keywords too). */
    public String name() {
        return name;
    }

    /** True when this is a {@code name} instruction (any case). */
    public boolean is(String keyword) {
        // rules ask with upper-case constants many times per instruction: compare with the upper-case
        // name first, and case-insensitively only when the question is not in upper case
        if (name.length() != keyword.length()) {
            return false;
        }
        if (name.equals(keyword)) {
            return true;
        }
        for (int i = 0; i < keyword.length(); i++) {
            char c = keyword.charAt(i);
            if (c >= 'a' && c <= 'z' || c > 0x7f) {
                return name.equalsIgnoreCase(keyword);
            }
        }
        return false;
    }

    /** The keyword as written. */
    public Word keyword() {
        return parts.keyword();
    }

    public List<Flag> flags() {
        return parts.flags();
    }

    /** The first flag called {@code name} (without dashes). */
    public Optional<Flag> flag(String name) {
        // rules ask every instruction, and most have no flags: no stream for those
        for (Flag flag : parts.flags()) {
            if (flag.name().equals(name)) {
                return Optional.of(flag);
            }
        }
        return Optional.empty();
    }

    /** Every flag called {@code name}, e.g. several {@code --mount}s. */
    public List<Flag> flags(String name) {
        List<Flag> all = parts.flags();
        if (all.isEmpty()) {
            return List.of();
        }
        return all.stream().filter(f -> f.name().equals(name)).toList();
    }

    /** The logical line (continuations joined, heredoc bodies not included), from the keyword on. */
    public MappedText line() {
        return parts.line();
    }

    /** The text after the keyword and flags, trimmed. */
    public MappedText argumentText() {
        return parts.argumentText();
    }

    /**
     * The arguments after the flags: the elements in exec (JSON) form, otherwise the words as
     * Docker splits this instruction (quote-aware for most instructions, plain whitespace for FROM,
     * COPY, ADD, EXPOSE and VOLUME).
     */
    public List<Word> arguments() {
        return parts.arguments();
    }

    /** The JSON array form, when the arguments are one. */
    public Optional<ExecForm> execForm() {
        return Optional.ofNullable(parts.execForm());
    }

    public boolean isExecForm() {
        return parts.execForm() != null;
    }

    /**
     * The command text in shell form, for RUN, CMD, ENTRYPOINT, SHELL and {@code HEALTHCHECK CMD};
     * empty in exec form and for other instructions.
     */
    public Optional<MappedText> shellForm() {
        return Optional.ofNullable(parts.shellForm());
    }

    public List<Heredoc> heredocs() {
        return parts.heredocs();
    }

    /** The whole instruction: keyword to the end of its last continuation line or heredoc terminator. */
    public Range range() {
        return parts.range();
    }

    public int startOffset() {
        return parts.startOffset();
    }

    public int endOffset() {
        return parts.endOffset();
    }

    /** 0-based line of the keyword. */
    public int startLine() {
        return parts.startLine();
    }

    /** 0-based last line, heredocs included. */
    public int endLine() {
        return parts.endLine();
    }

    /** Index of the stage this instruction belongs to, -1 before the first FROM. */
    public int stageIndex() {
        return parts.stageIndex();
    }

    /** True for the instruction an {@code ONBUILD} holds. */
    public boolean isTrigger() {
        return parts.trigger();
    }

    @Override
    public String toString() {
        return name() + "@" + range();
    }
}
