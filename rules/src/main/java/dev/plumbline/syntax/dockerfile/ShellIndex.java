package dev.plumbline.syntax.dockerfile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the effective shell changes in a Dockerfile, per stage: computed once, then every lookup is a
 * binary search. A stage starts with the shell its parent stage ends with (or the platform default,
 * or a shell comment written before the first FROM); a SHELL instruction or a shell comment inside the
 * stage changes it from there on.
 */
final class ShellIndex {

    /** {@code # hadolint shell=pwsh}, {@code # plumbline shell=bash}. */
    private static final Pattern PRAGMA = Pattern.compile(
            "\\s*(?i:hadolint|plumbline)[ \\t]+shell[ \\t]*=[ \\t]*(\\S+)\\s*(#.*)?");

    private record Change(int offset, EffectiveShell shell) {
    }

    private final Dockerfile dockerfile;
    /** Per stage index, where its shell changes, first the one it starts with; filled as asked. */
    private final List<Change>[] byStage;
    private final List<Comment> pragmas = new ArrayList<>();
    /** A shell comment before the first FROM, which every stage not built on another starts with. */
    private final Optional<EffectiveShell> global;

    @SuppressWarnings("unchecked")
    ShellIndex(Dockerfile dockerfile) {
        this.dockerfile = dockerfile;
        // by index, also the stages a view leaves out (as their FROM alone): shells pass down stage
        // chains; a stage's changes are found when first asked for, so a view of one stage stays cheap
        this.byStage = new List[dockerfile.stageCount()];
        for (Comment comment : dockerfile.comments()) {
            // "shell" is in every pragma: most comments are passed over without a regular expression
            if (!comment.insideInstruction() && comment.text().contains("shell")
                    && PRAGMA.matcher(comment.text()).matches()) {
                pragmas.add(comment);
            }
        }
        Optional<EffectiveShell> before = Optional.empty();
        int firstFrom = byStage.length == 0 ? Integer.MAX_VALUE : dockerfile.stageAt(0).from().startOffset();
        for (Comment comment : pragmas) {
            if (comment.startOffset() < firstFrom) {
                before = Optional.of(pragma(comment));
            }
        }
        this.global = before;
    }

    private synchronized List<Change> changes(Stage stage) {
        // the stages it is built on first (bases are earlier stages), without recursion
        Deque<Stage> unknown = new ArrayDeque<>();
        for (Optional<Stage> at = Optional.of(stage); at.isPresent() && byStage[at.get().index()] == null;
                at = dockerfile.baseStage(at.get())) {
            unknown.push(at.get());
        }
        while (!unknown.isEmpty()) {
            Stage next = unknown.pop();
            byStage[next.index()] = read(next);
        }
        return byStage[stage.index()];
    }

    /** Where the shell changes in {@code stage}, once the stage it is built on is known. */
    private List<Change> read(Stage stage) {
        List<Change> changes = new ArrayList<>();
        changes.add(new Change(stage.from().startOffset(), initial(stage)));
        int end = stage.index() + 1 < byStage.length ? dockerfile.stageAt(stage.index() + 1).from().startOffset()
                : Integer.MAX_VALUE;
        List<Change> events = new ArrayList<>();
        for (Instruction instruction : stage.instructions()) {
            if (instruction.is("SHELL") && instruction.execForm().isPresent()) {
                List<String> argv = instruction.arguments().stream().map(w -> w.value()).toList();
                events.add(new Change(instruction.startOffset(), new EffectiveShell(argv,
                        EffectiveShell.Source.SHELL_INSTRUCTION, Optional.of(instruction))));
            }
        }
        for (Comment comment : pragmas) {
            if (comment.startOffset() > stage.from().startOffset() && comment.startOffset() < end) {
                events.add(new Change(comment.startOffset(), pragma(comment)));
            }
        }
        events.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
        changes.addAll(events);
        return changes;
    }

    private EffectiveShell initial(Stage stage) {
        Optional<Stage> parent = dockerfile.baseStage(stage);
        if (parent.isPresent() && byStage[parent.get().index()] != null) {
            List<Change> changes = byStage[parent.get().index()];
            return changes.get(changes.size() - 1).shell();
        }
        if (global.isPresent()) {
            return global.get();
        }
        return looksWindows(dockerfile, stage) ? EffectiveShell.WINDOWS_DEFAULT : EffectiveShell.LINUX_DEFAULT;
    }

    /**
     * A Windows base image (servercore, nanoserver, mcr.microsoft.com/windows/…) as written, or an
     * unresolvable base in a file using the backtick escape (a Windows habit).
     */
    private static boolean looksWindows(Dockerfile dockerfile, Stage stage) {
        String image = stage.from().image().map(w -> w.text().toLowerCase(Locale.ROOT)).orElse("");
        if (image.contains("servercore") || image.contains("nanoserver") || image.contains("windows/")
                || image.contains("windowsserver")) {
            return true;
        }
        return dockerfile.escapeChar() == '`' && dockerfile.baseImage(stage.from()).kind() == ImageRef.Kind.UNKNOWN;
    }

    private static EffectiveShell pragma(Comment comment) {
        Matcher m = PRAGMA.matcher(comment.text());
        String shell = m.matches() ? m.group(1) : "/bin/sh";
        return new EffectiveShell(List.of(shell), EffectiveShell.Source.PRAGMA, Optional.empty());
    }

    EffectiveShell at(Instruction instruction) {
        int stage = instruction.stageIndex();
        if (stage < 0 || stage >= byStage.length) {
            return EffectiveShell.LINUX_DEFAULT;
        }
        List<Change> changes = changes(dockerfile.stageAt(stage));
        int lo = 0;
        int hi = changes.size() - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (changes.get(mid).offset() < instruction.startOffset()) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return changes.get(found).shell();
    }
}
