package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Stage;
import java.util.HashSet;
import java.util.Set;

/**
 * The stages whose layers end up in the final image: the last stage and the stages it is built FROM.
 * Other stages are thrown away (only what is copied out of them survives), so size rules skip them.
 */
public final class FinalChain {

    private final Set<Integer> indexes;

    private FinalChain(Set<Integer> indexes) {
        this.indexes = indexes;
    }

    /** Computed once per file. */
    public static FinalChain of(Dockerfile dockerfile) {
        return dockerfile.derived(FinalChain.class, FinalChain::compute);
    }

    private static FinalChain compute(Dockerfile dockerfile) {
        Set<Integer> indexes = new HashSet<>();
        // finalStage, not the last of stages(): a view of some stages still knows the file's last one
        dockerfile.finalStage().ifPresent(last -> dockerfile.stageChain(last).forEach(s -> indexes.add(s.index())));
        return new FinalChain(Set.copyOf(indexes));
    }

    public boolean contains(Stage stage) {
        return indexes.contains(stage.index());
    }
}
