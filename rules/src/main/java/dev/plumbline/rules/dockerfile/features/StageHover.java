package dev.plumbline.rules.dockerfile.features;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.ImageRef;
import dev.plumbline.syntax.dockerfile.Stage;
import dev.plumbline.syntax.dockerfile.StageGraph;
import java.util.ArrayList;
import java.util.List;

/** Hover text for a build stage: its place, what it is built on, who uses it. */
final class StageHover {

    private StageHover() {
    }

    static String stage(Dockerfile dockerfile, Stage stage, boolean listUses) {
        StageGraph graph = dockerfile.stageGraph();
        StringBuilder out = new StringBuilder("**Stage ").append(stageLabel(stage)).append("** — stage ")
                .append(stage.index()).append(" of ").append(dockerfile.stages().size());
        if (graph.finalStage().map(s -> s.index() == stage.index()).orElse(false)) {
            out.append(", the final stage (what `docker build` produces without `--target`)");
        }
        out.append("\n\n`").append(stage.from().line().text().strip()).append("` on line ").append(stage.from().startLine() + 1);
        ImageRef root = graph.rootImage(stage);
        List<Stage> chain = graph.chain(stage);
        if (chain.size() > 1) {
            out.append("\n\nBuilt on ").append(String.join(" → ", chain.subList(0, chain.size() - 1).stream()
                    .map(StageHover::stageLabel).toList())).append(", ultimately on ").append(describe(root)).append('.');
        } else {
            out.append("\n\nBuilt on ").append(describe(root)).append('.');
        }
        if (listUses) {
            List<String> uses = new ArrayList<>();
            for (StageGraph.StageReference reference : graph.references()) {
                if (reference.target().index() == stage.index()) {
                    uses.add(switch (reference.kind()) {
                        case FROM -> "`FROM`";
                        case COPY_FROM -> "`" + reference.at().name() + " --from`";
                        case MOUNT_FROM -> "`RUN --mount from=`";
                    } + " on line " + (reference.range().start().line() + 1));
                }
            }
            out.append("\n\n").append(uses.isEmpty() ? "No other stage uses it." : "Used by " + String.join(", ", uses) + ".");
        }
        return out.toString();
    }

    static String stageLabel(Stage stage) {
        return stage.from().stageName().map(w -> "`" + w.value() + "`").orElse("#" + stage.index());
    }

    private static String describe(ImageRef image) {
        return switch (image.kind()) {
            case IMAGE -> "the image `" + image.text() + "`";
            case SCRATCH -> "`scratch` (nothing)";
            case STAGE -> "stage `" + image.text() + "`";
            case UNKNOWN -> image.text().isEmpty() ? "an image not given" : "`" + image.text() + "` (not known before the build)";
        };
    }
}
