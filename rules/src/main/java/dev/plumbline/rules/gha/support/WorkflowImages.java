package dev.plumbline.rules.gha.support;

import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.image.ImageReference;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The container images a workflow or action pulls: a job's {@code container} (a string or its
 * {@code image}), each {@code services.<id>.image}, a step's {@code uses: docker://…} and a Docker
 * action's {@code runs.image: docker://…}. Values with expressions or that are no valid reference
 * are left out: what they pull is not known here.
 */
public final class WorkflowImages {

    /**
     * One image.
     *
     * @param scalar the value holding it
     * @param offset where the reference starts in the value (after {@code docker://})
     * @param reference what it says
     * @param where what pulls it, for messages ({@code the container of job "build"})
     */
    public record Image(YamlScalar scalar, int offset, ImageReference reference, String where) {

        /** The file range of a part, or the whole reference when the part is absent or cannot be placed exactly. */
        public Range range(ImageReference.Part part) {
            return reference.span(part)
                    .map(span -> scalar.content().rangeOf(offset + span.start(), offset + span.end()))
                    .orElseGet(this::range);
        }

        /** The reference itself (without {@code docker://}). */
        public Range range() {
            return scalar.content().rangeOf(offset, scalar.value().length());
        }

        /** {@code Image "nginx:latest" of the container of job "build"}. */
        public String describe() {
            return "Image \"" + reference.text() + "\" of " + where;
        }
    }

    private static final String DOCKER = "docker://";

    private WorkflowImages() {
    }

    public static List<Image> of(WorkflowFile file) {
        List<Image> out = new ArrayList<>();
        for (Job job : file.jobs()) {
            String owner = "job \"" + job.id() + "\"";
            job.container().ifPresent(c -> image(c, "the container of " + owner, out));
            job.services().ifPresent(services -> {
                for (YamlEntry service : services.entries()) {
                    String name = service.keyText().orElse("?");
                    image(service.value(), "service \"" + name + "\" of " + owner, out);
                }
            });
        }
        for (Step step : file.steps()) {
            step.usesScalar().ifPresent(uses -> docker(uses, "a step of " + step.job().map(j -> "job \"" + j.id() + "\"")
                    .orElse("this action"), out));
        }
        file.action().flatMap(a -> a.runs()).flatMap(r -> r.getScalar("image"))
                .ifPresent(image -> docker(image, "this Docker action", out));
        return out;
    }

    /** A {@code container:}/service value: the string itself or its {@code image}. */
    private static void image(YamlNode node, String where, List<Image> out) {
        Optional<YamlScalar> scalar = node.asMapping().isPresent()
                ? node.asMapping().get().getScalar("image")
                : node.asScalar();
        scalar.ifPresent(s -> parse(s, 0, where, out));
    }

    private static void docker(YamlScalar scalar, String where, List<Image> out) {
        if (scalar.value().toLowerCase(Locale.ROOT).startsWith(DOCKER)) {
            parse(scalar, DOCKER.length(), where, out);
        }
    }

    private static void parse(YamlScalar scalar, int offset, String where, List<Image> out) {
        String value = scalar.value();
        if (scalar.isNull() || value.contains("${{") || offset > value.length()) {
            return;
        }
        ImageReference.parse(value.substring(offset)).ifPresent(ref -> out.add(new Image(scalar, offset, ref, where)));
    }
}
