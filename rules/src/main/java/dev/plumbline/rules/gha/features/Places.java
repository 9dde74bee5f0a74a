package dev.plumbline.rules.gha.features;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.gha.schema.GhaSchema;
import dev.plumbline.syntax.gha.schema.SchemaType;
import dev.plumbline.syntax.yaml.YamlPath;
import java.util.ArrayList;
import java.util.List;

/** Small readings of a {@link YamlPath} shared by hover, completion and navigation. */
final class Places {

    private Places() {
    }

    static SchemaType rootType(WorkflowFile file) {
        return file.isAction() ? GhaSchema.get().action() : GhaSchema.get().workflow();
    }

    /** The mapping keys of the path, outermost first (sequence indexes left out). */
    static List<String> keys(YamlPath path) {
        List<String> keys = new ArrayList<>();
        for (YamlPath.Step step : path.steps()) {
            if (step instanceof YamlPath.Key key) {
                keys.add(key.key());
            }
        }
        return keys;
    }

    /** True for {@code jobs.<id>.runs-on} and {@code jobs.<id>.runs-on.labels}. */
    static boolean isRunsOn(List<String> keys) {
        return keys.size() >= 3 && keys.get(0).equals("jobs") && keys.get(2).equals("runs-on")
                && (keys.size() == 3 || keys.size() == 4 && keys.get(3).equals("labels"));
    }

    /** True for {@code jobs.<id>.needs}. */
    static boolean isNeeds(List<String> keys) {
        return keys.size() == 3 && keys.get(0).equals("jobs") && keys.get(2).equals("needs");
    }
}
