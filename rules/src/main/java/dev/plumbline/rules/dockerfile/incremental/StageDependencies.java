package dev.plumbline.rules.dockerfile.incremental;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.ImageRef;
import dev.plumbline.syntax.dockerfile.Stage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Per stage, the indexes of the stages its part-local findings may depend on, itself included,
 * ascending: the stages it is built on; every earlier stage when its FROM names a variable without a
 * known value (rules then consider each earlier stage whose name could match).
 *
 * <p>That depends only on the text before the first FROM and on the FROM lines, which most edits leave
 * alone: the answer for the last few such inputs is kept, so a keystroke does not resolve every FROM again.
 */
final class StageDependencies {

    private static final int KEPT = 4;
    private static final Map<Object, List<int[]>> RECENT = Collections.synchronizedMap(
            new LinkedHashMap<>(KEPT, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Object, List<int[]>> eldest) {
                    return size() > KEPT;
                }
            });

    private StageDependencies() {
    }

    /** @param fromLines what the answer is computed from: the text before the first FROM and the FROM lines */
    static List<int[]> of(Dockerfile model, Object fromLines) {
        List<int[]> known = RECENT.get(fromLines);
        if (known == null) {
            known = compute(model);
            RECENT.put(fromLines, known);
        }
        return known;
    }

    private static List<int[]> compute(Dockerfile model) {
        List<int[]> out = new ArrayList<>(model.stages().size());
        for (Stage stage : model.stages()) {
            int[] closure;
            if (unresolved(model, stage)) {
                closure = new int[stage.index() + 1];
                Arrays.setAll(closure, i -> i);
            } else {
                Optional<Stage> base = model.baseStage(stage);
                int[] inherited = base.isPresent() ? out.get(base.get().index()) : new int[0];
                closure = Arrays.copyOf(inherited, inherited.length + 1);
                closure[inherited.length] = stage.index();
            }
            out.add(closure);
        }
        return List.copyOf(out);
    }

    private static boolean unresolved(Dockerfile model, Stage stage) {
        return stage.from().image().map(w -> w.text().indexOf('$') >= 0).orElse(false)
                && model.baseImage(stage.from()).kind() == ImageRef.Kind.UNKNOWN;
    }
}
