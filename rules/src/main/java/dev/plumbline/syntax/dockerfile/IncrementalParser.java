package dev.plumbline.syntax.dockerfile;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.syntax.shell.Relocation;
import dev.plumbline.text.LineIndex;
import dev.plumbline.text.TextDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * Re-parses a Dockerfile after an edit by reading only the lines the edit can have changed.
 *
 * <p>The parser reads a Dockerfile line by line and starts every instruction afresh, so what it makes
 * of an instruction depends only on the instruction's own lines and the escape character (the
 * directives). The two texts are compared from both ends: instructions that end before the first
 * changed character are kept as they are; from the first instruction the change may touch, lines are
 * read again until the parser reaches, in the unchanged tail, the first line of an instruction the
 * previous parse started on; from there on the previous instructions are moved (offsets, lines and
 * stage indexes) instead of read. An instruction whose extent depends on what follows it (an
 * unterminated heredoc, a continuation at the end of the file) is never kept across a later change.
 * Edits in the directive lines, and anything unusual in the previous parse, fall back to a full parse.
 */
final class IncrementalParser {

    /**
     * At most how many older snapshots kept instructions may point into (through their texts), for a
     * text of {@code length} characters: a few, fewer for large texts. Beyond that, the instructions
     * of the least used ones are moved into the new snapshot, so an editing session never pins more
     * than a few old texts in memory.
     */
    static int retainedSnapshots(int length) {
        return Math.max(KEPT_AFTER_RELEASE + 1, Math.min(8, RETAINED_CHARACTERS / Math.max(1, length)));
    }

    /** How many characters of older snapshots may be kept in memory, roughly (see {@link #retainedSnapshots}). */
    private static final int RETAINED_CHARACTERS = 16 * 1024 * 1024;

    /**
     * How many older snapshots stay after instructions were moved out of the others: fewer than
     * {@link #retainedSnapshots}, so the instructions are counted only every few keystrokes.
     */
    static final int KEPT_AFTER_RELEASE = 2;

    private IncrementalParser() {
    }

    static Dockerfile reparse(Dockerfile previous, TextDocument document, Cancellation cancellation) {
        Dockerfile result;
        try {
            result = tryReparse(previous, document, cancellation);
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            result = null; // whatever went wrong, a full parse gives the right answer
        }
        return result != null ? result : DockerfileParser.parse(document, cancellation);
    }

    /** The incremental parse, or null when only a full parse can be trusted. */
    private static Dockerfile tryReparse(Dockerfile previous, TextDocument document, Cancellation cancellation) {
        TextDocument old = previous.document();
        String before = old.text();
        String after = document.text();
        // the snapshot says what changed when it was edited from the previous one; else compare the texts
        TextDocument.Change change = document.change().filter(c -> c.from() == old.snapshot()).orElse(null);
        int prefix = change != null ? change.start() : commonPrefix(before, after);
        int suffix = change != null ? before.length() - change.oldEnd() : commonSuffix(before, after, prefix);
        // a NUL is left to a full parse; the previous text was checked when its parse was incremental
        boolean nulFree = previous.nulFree() ? !hasNul(after, prefix, after.length() - suffix)
                : before.indexOf('\0') < 0 && after.indexOf('\0') < 0;
        if (!nulFree) {
            return null;
        }
        LineIndex oldLines = old.lineIndex();
        LineIndex newLines = document.lineIndex();

        DockerfileParser.Run oldTop = new DockerfileParser.Run(old, cancellation).readDirectivesOnly();
        DockerfileParser.Run run = new DockerfileParser.Run(document, cancellation).readDirectivesOnly();
        int directiveLines = Math.max(oldTop.directiveLines(), run.directiveLines());
        if (oldTop.escape() != run.escape() || previous.escapeChar() != run.escape()
                || oldLines.lineOf(prefix) <= directiveLines) {
            return null;
        }
        List<Instruction> olds = previous.instructions();
        Map<Integer, List<ParseProblem>> problemsOf = attributeProblems(previous, oldTop.directiveLines());
        if (problemsOf == null) {
            return null;
        }

        // instructions that end (line break included) before the first change stay as they are
        int kept = keptBefore(olds, problemsOf.keySet(), prefix, oldLines, before, previous.escapeChar());
        int stage = kept == 0 ? -1 : olds.get(kept - 1).stageIndex();
        int firstLine = kept == 0 ? run.directiveLines() : olds.get(kept - 1).endLine() + 1;

        // read again until a line that starts a previous instruction in the unchanged tail
        int delta = after.length() - before.length();
        int tailStart = after.length() - suffix;
        int[] next = {kept};
        int stopLine = run.readFrom(firstLine, stage, line -> {
            int start = newLines.lineStart(line);
            if (start < tailStart) {
                return false;
            }
            int target = start - delta;
            while (next[0] < olds.size() && oldLines.lineStart(olds.get(next[0]).startLine()) < target) {
                next[0]++;
            }
            return next[0] < olds.size() && oldLines.lineStart(olds.get(next[0]).startLine()) == target;
        });
        boolean synced = stopLine < newLines.lineCount();
        int moveFrom = synced ? next[0] : olds.size();
        int lineDelta = synced ? stopLine - olds.get(moveFrom).startLine() : 0;
        Relocation relocation = new Relocation(delta, lineDelta, document);

        List<Instruction> instructions = new ArrayList<>(olds.size() + run.instructions().size());
        List<ParseProblem> problems = new ArrayList<>();
        int directiveProblems = countDirectiveProblems(run.problems(), run.directiveLines());
        problems.addAll(run.problems().subList(0, directiveProblems));
        for (int i = 0; i < kept; i++) {
            instructions.add(olds.get(i));
            problems.addAll(problemsOf.getOrDefault(i, List.of()));
        }
        instructions.addAll(run.instructions());
        problems.addAll(run.problems().subList(directiveProblems, run.problems().size()));
        int running = run.stageIndex();
        for (int i = moveFrom; i < olds.size(); i++) {
            Instruction instruction = olds.get(i);
            if (instruction instanceof FromInstruction) {
                running++;
            }
            boolean same = delta == 0 && lineDelta == 0 && running == instruction.stageIndex();
            instructions.add(same ? instruction : MovedInstruction.move(instruction, relocation, running));
            for (ParseProblem problem : problemsOf.getOrDefault(i, List.of())) {
                problems.add(same ? problem : MovedInstruction.move(problem, relocation));
            }
        }
        // each parse leaves one more snapshot behind (the previous one); count only when there may be too many
        int olderSnapshots = previous.olderSnapshotsAtMost() + 1;
        if (olderSnapshots > retainedSnapshots(after.length())) {
            olderSnapshots = releaseOldSnapshots(instructions, document);
        }

        List<Comment> comments = new ArrayList<>();
        for (Comment comment : previous.comments()) {
            if (comment.line() >= firstLine) {
                break;
            }
            comments.add(comment);
        }
        comments.addAll(run.comments());
        if (synced) {
            int oldStopLine = olds.get(moveFrom).startLine();
            for (Comment comment : previous.comments()) {
                if (comment.line() >= oldStopLine) {
                    comments.add(lineDelta == 0 && delta == 0 ? comment : new Comment(comment.text(),
                            comment.line() + lineDelta, relocation.range(comment.range()),
                            comment.startOffset() + delta, comment.insideInstruction()));
                }
            }
        }
        // the global instructions and every FROM as they were: what each FROM builds on is known
        boolean fromsKept = stage >= 0 && run.instructions().stream().noneMatch(i -> i instanceof FromInstruction)
                && olds.subList(kept, moveFrom).stream().noneMatch(i -> i instanceof FromInstruction);
        Dockerfile result = new Dockerfile(document, run.escape(), run.directives(), comments, instructions, problems,
                fromsKept ? previous : null);
        result.olderSnapshotsAtMost(olderSnapshots);
        result.markNulFree();
        return result;
    }

    /**
     * How many instructions from the start {@link #endsBefore end before} {@code change}. The line
     * after an instruction starts later for each instruction, so a binary search finds those that
     * end before it; of them, one whose extent depends on the lines after it is not kept, nor what
     * follows it: an unterminated heredoc (the parser reports a problem for each, so only instructions
     * with problems need a look) or a continuation at the end of the file (only the last one found).
     */
    private static int keptBefore(List<Instruction> olds, Set<Integer> withProblems, int change, LineIndex lines,
            String text, char escape) {
        int lo = 0;
        int hi = olds.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int after = olds.get(mid).endLine() + 1;
            if (after < lines.lineCount() && lines.lineStart(after) <= change) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int kept = lo;
        for (int index : withProblems) {
            if (index < kept && olds.get(index).hasUnterminatedHeredoc()) {
                kept = index;
            }
        }
        while (kept > 0 && !endsBefore(olds.get(kept - 1), change, lines, text, escape)) {
            kept--;
        }
        return kept;
    }

    /**
     * True when {@code instruction} ends, line break included, before offset {@code change} and its
     * extent does not depend on the lines after it.
     */
    private static boolean endsBefore(Instruction instruction, int change, LineIndex lines, String text, char escape) {
        int after = instruction.endLine() + 1;
        if (after >= lines.lineCount() || lines.lineStart(after) > change) {
            return false;
        }
        if (instruction.hasUnterminatedHeredoc()) {
            return false; // a terminator written later would end it
        }
        // a continuation on the last line only happens at the end of the file, which a later line extends
        int end = lines.lineContentEnd(instruction.endLine(), text);
        int start = lines.lineStart(instruction.endLine());
        while (end > start && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        return end == start || text.charAt(end - 1) != escape;
    }

    /**
     * The previous problems by the index of the instruction they are about; null when one is about
     * no instruction (the parser failed somewhere), which only a full parse reproduces.
     */
    private static Map<Integer, List<ParseProblem>> attributeProblems(Dockerfile previous, int directiveLines) {
        Map<Integer, List<ParseProblem>> byInstruction = new HashMap<>();
        List<Instruction> instructions = previous.instructions();
        int at = 0;
        for (ParseProblem problem : previous.problems()) {
            if (problem.message().startsWith(DockerfileParser.PARSER_FAILED)) {
                return null;
            }
            if (problem.range().start().line() < directiveLines && problem.range().end().line() < directiveLines) {
                continue; // read again with the directives
            }
            while (at < instructions.size() && instructions.get(at).range().end().isBefore(problem.range().start())) {
                at++;
            }
            if (at >= instructions.size() || !instructions.get(at).range().contains(problem.range())) {
                return null;
            }
            byInstruction.computeIfAbsent(at, k -> new ArrayList<>()).add(problem);
        }
        return byInstruction;
    }

    private static int countDirectiveProblems(List<ParseProblem> problems, int directiveLines) {
        int count = 0;
        while (count < problems.size() && problems.get(count).range().start().line() < directiveLines) {
            count++;
        }
        return count;
    }

    /**
     * Moves into {@code document} the instructions that keep the least used older snapshots in memory,
     * so that at most {@link #KEPT_AFTER_RELEASE} are kept: the ones most instructions point into stay
     * (moving those would cost a copy of most of the file), the few instructions of the others move.
     *
     * @return how many older snapshots are kept
     */
    private static int releaseOldSnapshots(List<Instruction> instructions, TextDocument document) {
        Map<TextDocument, int[]> users = new IdentityHashMap<>();
        TextDocument[] last = new TextDocument[2];
        for (Instruction instruction : instructions) {
            instruction.snapshots(snapshot -> count(snapshot, document, users, last));
            // commands still to be moved keep the snapshot they were split in
            TextDocument pending = pendingOrigin(instruction);
            if (pending != null) {
                count(pending, document, users, last);
            }
        }
        if (users.size() <= KEPT_AFTER_RELEASE) {
            return users.size();
        }
        List<Map.Entry<TextDocument, int[]>> leastUsedFirst = new ArrayList<>(users.entrySet());
        leastUsedFirst.sort(Comparator.comparingInt(e -> e.getValue()[0]));
        Set<TextDocument> released = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<TextDocument, int[]> entry : leastUsedFirst.subList(0, users.size() - KEPT_AFTER_RELEASE)) {
            released.add(entry.getKey());
        }
        for (int i = 0; i < instructions.size(); i++) {
            Instruction instruction = instructions.get(i);
            Instruction source = instruction.pendingSource();
            if (source != null ? released.contains(source.line().document())
                    : released.contains(instruction.line().document())) {
                instruction = MovedInstruction.rehome(instruction, document);
                instructions.set(i, instruction);
            } else if (source != null && released.contains(instruction.pendingRelocation().document())) {
                // only the snapshot the move is into goes: the move is into the new one instead, still pending
                instruction = MovedInstruction.move(instruction, new Relocation(0, 0, document), instruction.stageIndex());
                instructions.set(i, instruction);
            }
            TextDocument pending = pendingOrigin(instruction);
            if (pending != null && released.contains(pending)) {
                runOf(instruction).commands(); // moved now, so they no longer point into the released snapshot
            }
        }
        return KEPT_AFTER_RELEASE;
    }

    /**
     * Counts one use of {@code snapshot} unless it is {@code document}; {@code last} remembers the
     * two snapshots counted last, as neighbouring instructions mostly point into the same ones.
     */
    private static void count(TextDocument snapshot, TextDocument document, Map<TextDocument, int[]> users,
            TextDocument[] last) {
        if (snapshot == document) {
            return;
        }
        if (snapshot == last[0] || snapshot == last[1]) {
            users.get(snapshot)[0]++;
            return;
        }
        users.computeIfAbsent(snapshot, s -> new int[1])[0]++;
        last[1] = last[0];
        last[0] = snapshot;
    }

    /** The snapshot the not yet moved commands of a RUN (or ONBUILD RUN) belong to; null when none. */
    private static TextDocument pendingOrigin(Instruction instruction) {
        RunInstruction run = runOf(instruction);
        return run == null ? null : run.pendingOriginOrNull();
    }

    /** The RUN an instruction is or holds as its ONBUILD trigger; null for other instructions. */
    private static RunInstruction runOf(Instruction instruction) {
        if (instruction instanceof RunInstruction run) {
            return run;
        }
        // a pending ONBUILD has no trigger yet (its move makes one), so nothing of it to count
        return instruction instanceof OnbuildInstruction onbuild && !onbuild.isPendingMove()
                && onbuild.trigger().orElse(null) instanceof RunInstruction run ? run : null;
    }

    private static boolean hasNul(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\0') {
                return true;
            }
        }
        return false;
    }

    static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** The length of the common tail, not reaching into the common head of length {@code prefix}. */
    static int commonSuffix(String a, String b, int prefix) {
        int max = Math.min(a.length(), b.length()) - prefix;
        int i = 0;
        while (i < max && a.charAt(a.length() - 1 - i) == b.charAt(b.length() - 1 - i)) {
            i++;
        }
        return i;
    }
}
