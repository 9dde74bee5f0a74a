package dev.plumbline.engine;

import java.util.List;

/**
 * How a language's model splits into parts that rules can look at one by one (the documents of a
 * YAML file), so the {@link Analyzer} re-runs a part-local rule only on the parts an edit changed
 * and keeps its findings for the others (moved with their part when lines were added or removed
 * above). Rules that look across parts always run on the whole model.
 */
public interface ModelParts<T> {

    /**
     * One part of a model.
     *
     * @param identity equal only for parts with the same content (e.g. a document re-used or moved
     *     by an incremental parse); part-local findings are cached under it
     * @param startLine the part's first file line
     * @param lastLine its last file line (the parts of a model cover disjoint line spans, in order)
     * @param value the part itself, for {@link #restrict}
     */
    record Part(Object identity, int startLine, int lastLine, Object value) {
    }

    /** The parts of {@code model} in file order. */
    List<Part> parts(T model);

    /**
     * A model holding only {@code parts} of {@code model} (and whatever they are read with, see
     * {@link #context}); part-local rules run on it. Findings it yields outside {@code parts} are ignored.
     */
    T restrict(T model, List<Part> parts);

    /** True when {@code rule}'s findings about a part depend only on that part and on {@link #context}. */
    boolean isLocal(RuleMeta rule);

    /**
     * True when {@code rule} is part-local except that its messages name line numbers (e.g. "the CMD on
     * line 12 replaces it"): its findings about a part are reused only while the part stays on the
     * same lines. None by default.
     */
    default boolean isLocalAtItsLines(RuleMeta rule) {
        return false;
    }

    /**
     * What part-local findings may depend on besides their part (e.g. the custom resource
     * definitions of a Kubernetes file); cached findings are dropped when it is not equal to the
     * previous analysis's.
     */
    default Object context(T model) {
        return List.of();
    }
}
