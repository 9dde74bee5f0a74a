package dev.plumbline.rules.dockerfile.incremental;

import java.util.Arrays;
import java.util.List;

/**
 * What a stage's part-local findings depend on: its own content and that of every stage it may be
 * built on, in index order (see {@link DockerfileParts}). Equal keys mean equal findings, up to a
 * shift by whole lines. Hashes are computed once: keys are compared on every keystroke.
 */
final class StageKey {

    /**
     * One stage as written, up to a shift by whole lines: its index, how many lines its part spans,
     * per instruction its {@code origin} and per comment its text, each with its line relative to the
     * part's first line.
     */
    static final class Content {
        private final int index;
        private final int lines;
        private final Object[] items;
        private final int[] relativeLines;
        private final int hash;

        Content(int index, int lines, Object[] items, int[] relativeLines) {
            this.index = index;
            this.lines = lines;
            this.items = items;
            this.relativeLines = relativeLines;
            this.hash = 31 * (31 * (31 * index + lines) + Arrays.hashCode(items)) + Arrays.hashCode(relativeLines);
        }

        int lines() {
            return lines;
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Content c && c.hash == hash && c.index == index && c.lines == lines
                    && Arrays.equals(c.relativeLines, relativeLines) && Arrays.equals(c.items, items);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final List<Content> stages;
    private final int hash;

    StageKey(List<Content> stages) {
        this.stages = List.copyOf(stages);
        this.hash = this.stages.hashCode();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof StageKey k && k.hash == hash && k.stages.equals(stages);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
