package dev.plumbline.syntax.dockerfile;

import dev.plumbline.syntax.shell.MappedText;
import dev.plumbline.syntax.shell.Relocation;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
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

    /**
     * A move an incremental parse has yet to apply: {@code source} (never itself pending) moved by
     * {@code relocation}. A keystroke moves every instruction after it; most of those are never read
     * before the next keystroke moves them again, so their words and texts are moved only when asked.
     */
    private record PendingMove(Instruction source, Relocation relocation) {
    }

    /** What the instruction holds; null while a move is pending (see {@link #parts()}). */
    private volatile Parts parts;
    private transient volatile PendingMove pending;
    /** The keyword in upper case, computed once: rules ask for it all the time. */
    private final String name;
    // where the instruction is: known without applying a pending move, as whole-file passes ask every instruction
    private final int startOffset;
    private final int endOffset;
    private final int startLine;
    private final int endLine;
    private final int stageIndex;
    private final Range range;
    private final boolean trigger;
    /**
     * The instruction this one was moved from by an incremental parse (see {@link #origin}); null
     * when it was read from the text. Not part of what the instruction says, hence transient.
     */
    private transient Object origin;
    /** {@link #mayNameStage}: 0 not asked yet, 1 no, 2 yes; a move carries it along. */
    private transient volatile byte namesStage;

    Instruction(Parts parts) {
        this.parts = parts;
        this.name = parts.keyword().value().toUpperCase(Locale.ROOT);
        this.startOffset = parts.startOffset();
        this.endOffset = parts.endOffset();
        this.startLine = parts.startLine();
        this.endLine = parts.endLine();
        this.stageIndex = parts.stageIndex();
        this.range = parts.range();
        this.trigger = parts.trigger();
    }

    /**
     * {@code source} moved by {@code relocation} into stage {@code stageIndex}, its words and texts
     * moved when first asked for. Subclasses move what they add in {@link #adoptMoved}.
     */
    Instruction(Instruction source, Relocation relocation, int stageIndex) {
        PendingMove earlier = source.pending;
        Parts read = source.parts;
        if (read == null && earlier != null) {
            // a copy of a copy not read yet: one move from the instruction that was read, not a chain
            source = earlier.source();
            relocation = new Relocation(earlier.relocation().offsets() + relocation.offsets(),
                    earlier.relocation().lines() + relocation.lines(), relocation.document());
        }
        this.pending = new PendingMove(source, relocation);
        this.name = source.name;
        this.startOffset = source.startOffset + relocation.offsets();
        this.endOffset = source.endOffset + relocation.offsets();
        this.startLine = source.startLine + relocation.lines();
        this.endLine = source.endLine + relocation.lines();
        this.stageIndex = stageIndex;
        this.range = relocation.range(source.range);
        this.trigger = source.trigger;
        this.origin = source.origin();
        this.namesStage = source.namesStage;
    }

    /** What the instruction holds, moving it now if a move is pending. */
    final Parts parts() {
        Parts read = parts;
        return read != null ? read : applyPendingMove();
    }

    private synchronized Parts applyPendingMove() {
        Parts read = parts;
        if (read == null) {
            PendingMove move = pending;
            adoptMoved(move.source(), move.relocation());
            read = MovedInstruction.parts(move.source().parts(), move.relocation(), stageIndex);
            parts = read; // written last: whoever sees the parts sees what adoptMoved set
            pending = null;
        }
        return read;
    }

    /**
     * Sets what a subclass adds to the parts, moved from {@code source} (of the same class) by
     * {@code relocation}; called once, before the moved parts are published. Subclass accessors
     * call {@link #parts()} first.
     */
    void adoptMoved(Instruction source, Relocation relocation) {
    }

    /** True when a move is still pending (for tests of the incremental parser). */
    final boolean isPendingMove() {
        return parts == null;
    }

    /**
     * The older snapshots this instruction keeps in memory: the one its texts point into, and with a
     * move pending also the one the move is into. Asked without applying the move.
     */
    final void snapshots(java.util.function.Consumer<TextDocument> each) {
        PendingMove move = pending; // cleared only once the parts are set
        if (parts == null && move != null) {
            each.accept(move.source().parts().line().document());
            each.accept(move.relocation().document());
        } else {
            each.accept(parts().line().document());
        }
    }

    /**
     * A token shared by this instruction and every copy an incremental parse moved it into: equal
     * tokens mean the same text, read once (only the position may differ). Findings about an
     * instruction can be cached under it.
     */
    public Object origin() {
        return origin == null ? this : origin;
    }

    /** True when the instruction has a {@code --name} flag; asked without applying a pending move. */
    public boolean hasFlag(String name) {
        for (Flag flag : unmovedParts().flags()) {
            if (flag.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when this is a COPY or ADD with {@code --from}, or a RUN with a {@code from=} mount: the
     * instructions that may name a stage. Asked of every instruction on every keystroke, so kept once
     * known, also by moved copies.
     */
    public boolean mayNameStage() {
        byte known = namesStage;
        if (known == 0) {
            Instruction source = pendingSource();
            boolean names = source != null ? source.mayNameStage()
                    : (is("COPY") || is("ADD")) ? hasFlag("from")
                    : this instanceof RunInstruction run && run.mountsFrom();
            known = names ? (byte) 2 : (byte) 1;
            namesStage = known;
        }
        return known == 2;
    }

    /** True when a heredoc of this instruction has no terminator; asked without applying a pending move. */
    boolean hasUnterminatedHeredoc() {
        for (Heredoc heredoc : unmovedParts().heredocs()) {
            if (!heredoc.isTerminated()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The parts, or while a move is pending those of the instruction it moves: for questions whose
     * answer does not depend on where the instruction is.
     */
    private Parts unmovedParts() {
        Parts read = parts;
        if (read == null) {
            PendingMove move = pending;
            read = move != null ? move.source().parts() : parts();
        }
        return read;
    }

    /** The instruction a pending move will move, or null when none is pending. */
    final Instruction pendingSource() {
        PendingMove move = pending;
        return parts == null && move != null ? move.source() : null;
    }

    /** The move still pending, or null (see {@link #pendingSource}). */
    final Relocation pendingRelocation() {
        PendingMove move = pending;
        return parts == null && move != null ? move.relocation() : null;
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
        return parts().keyword();
    }

    public List<Flag> flags() {
        return parts().flags();
    }

    /** The first flag called {@code name} (without dashes). */
    public Optional<Flag> flag(String name) {
        // rules ask every instruction, and most have no flags: no stream for those
        for (Flag flag : parts().flags()) {
            if (flag.name().equals(name)) {
                return Optional.of(flag);
            }
        }
        return Optional.empty();
    }

    /** Every flag called {@code name}, e.g. several {@code --mount}s. */
    public List<Flag> flags(String name) {
        List<Flag> all = parts().flags();
        if (all.isEmpty()) {
            return List.of();
        }
        return all.stream().filter(f -> f.name().equals(name)).toList();
    }

    /** The logical line (continuations joined, heredoc bodies not included), from the keyword on. */
    public MappedText line() {
        return parts().line();
    }

    /** The text after the keyword and flags, trimmed. */
    public MappedText argumentText() {
        return parts().argumentText();
    }

    /**
     * The arguments after the flags: the elements in exec (JSON) form, otherwise the words as
     * Docker splits this instruction (quote-aware for most instructions, plain whitespace for FROM,
     * COPY, ADD, EXPOSE and VOLUME).
     */
    public List<Word> arguments() {
        return parts().arguments();
    }

    /** The JSON array form, when the arguments are one. */
    public Optional<ExecForm> execForm() {
        return Optional.ofNullable(parts().execForm());
    }

    public boolean isExecForm() {
        return parts().execForm() != null;
    }

    /**
     * The command text in shell form, for RUN, CMD, ENTRYPOINT, SHELL and {@code HEALTHCHECK CMD};
     * empty in exec form and for other instructions.
     */
    public Optional<MappedText> shellForm() {
        return Optional.ofNullable(parts().shellForm());
    }

    public List<Heredoc> heredocs() {
        return parts().heredocs();
    }

    /** The whole instruction: keyword to the end of its last continuation line or heredoc terminator. */
    public Range range() {
        return range;
    }

    public int startOffset() {
        return startOffset;
    }

    public int endOffset() {
        return endOffset;
    }

    /** 0-based line of the keyword. */
    public int startLine() {
        return startLine;
    }

    /** 0-based last line, heredocs included. */
    public int endLine() {
        return endLine;
    }

    /** Index of the stage this instruction belongs to, -1 before the first FROM. */
    public int stageIndex() {
        return stageIndex;
    }

    /** True for the instruction an {@code ONBUILD} holds. */
    public boolean isTrigger() {
        return trigger;
    }

    @Override
    public String toString() {
        return name() + "@" + range();
    }
}
