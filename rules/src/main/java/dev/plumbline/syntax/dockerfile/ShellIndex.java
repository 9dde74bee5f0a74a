package dev.plumbline.syntax.dockerfile;

import java.util.ArrayList;
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

    private final List<List<Change>> byStage = new ArrayList<>();

    ShellIndex(Dockerfile dockerfile) {
        // by index, also the stages a view leaves out (as their FROM alone): shells pass down stage chains
        List<Stage> stages = new ArrayList<>(dockerfile.stageCount());
        for (int i = 0; i < dockerfile.stageCount(); i++) {
            stages.add(dockerfile.stageAt(i));
        }
        List<Comment> pragmas = new ArrayList<>();
        for (Comment comment : dockerfile.comments()) {
            if (!comment.insideInstruction() && PRAGMA.matcher(comment.text()).matches()) {
                pragmas.add(comment);
            }
        }
        Optional<EffectiveShell> global = Optional.empty();
        int firstFrom = stages.isEmpty() ? Integer.MAX_VALUE : stages.get(0).from().startOffset();
        for (Comment comment : pragmas) {
            if (comment.startOffset() < firstFrom) {
                global = Optional.of(pragma(comment));
            }
        }
        for (Stage stage : stages) {
            List<Change> changes = new ArrayList<>();
            changes.add(new Change(stage.from().startOffset(), initial(dockerfile, stage, global)));
            int end = stage.index() + 1 < stages.size() ? stages.get(stage.index() + 1).from().startOffset()
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
            byStage.add(changes);
        }
    }

    private EffectiveShell initial(Dockerfile dockerfile, Stage stage, Optional<EffectiveShell> global) {
        Optional<Stage> parent = dockerfile.baseStage(stage);
        if (parent.isPresent() && parent.get().index() < byStage.size()) {
            List<Change> changes = byStage.get(parent.get().index());
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
        if (stage < 0 || stage >= byStage.size()) {
            return EffectiveShell.LINUX_DEFAULT;
        }
        List<Change> changes = byStage.get(stage);
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
