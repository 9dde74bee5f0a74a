package dev.plumbline.syntax.dockerfile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The variable scope at every point of every stage, for {@link Variables#at}: per stage, the scope
 * after each of its ARG and ENV instructions, each computed once from the one before it when first
 * asked for. Finding the scope of an instruction is then a binary search, so rules that ask at every
 * instruction of a long stage stay linear. Safe to share between threads.
 */
final class VariableScopes {

    private final Dockerfile dockerfile;
    private final StageScopes[] stages;

    VariableScopes(Dockerfile dockerfile) {
        this.dockerfile = dockerfile;
        this.stages = new StageScopes[dockerfile.stageCount()];
    }

    /** What {@code at} (an instruction of {@code stage}) sees. */
    Variables at(Stage stage, Instruction at) {
        return scopes(stage).at(at.startOffset());
    }

    private synchronized StageScopes scopes(Stage stage) {
        StageScopes scopes = stages[stage.index()];
        if (scopes == null) {
            scopes = new StageScopes(stage);
            stages[stage.index()] = scopes;
        }
        return scopes;
    }

    /** One stage: its ARG and ENV instructions and the scope after each (filled in order, on demand). */
    private final class StageScopes {
        private final int[] offsets;
        private final Instruction[] changes;
        private final Variables[] after;
        private final Variables empty;

        StageScopes(Stage stage) {
            List<Instruction> found = new ArrayList<>();
            for (Instruction instruction : stage.instructions()) {
                if (Variables.changesScope(instruction)) {
                    found.add(instruction);
                }
            }
            changes = found.toArray(new Instruction[0]);
            offsets = new int[changes.length];
            for (int i = 0; i < changes.length; i++) {
                offsets[i] = changes[i].startOffset();
            }
            after = new Variables[changes.length];
            empty = Variables.none(dockerfile.escapeChar());
        }

        /** The scope at document offset {@code offset}: after the last change that starts before it. */
        Variables at(int offset) {
            int i = Arrays.binarySearch(offsets, offset);
            int before = i >= 0 ? i : -i - 1; // the changes that start before offset
            return before == 0 ? empty : after(before - 1);
        }

        private synchronized Variables after(int index) {
            int known = index;
            while (known >= 0 && after[known] == null) {
                known--;
            }
            Variables scope = known < 0 ? empty : after[known];
            Variables global = dockerfile.globalVariables();
            for (int k = known + 1; k <= index; k++) {
                scope = Variables.after(scope, changes[k], global);
                after[k] = scope;
            }
            return scope;
        }
    }
}
