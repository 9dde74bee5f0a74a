package dev.plumbline.rules.gha.features;

import dev.plumbline.features.TargetLocation;
import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.UsesRef;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.gha.expr.AccessPath;
import dev.plumbline.syntax.gha.expr.ExprNode;
import dev.plumbline.syntax.gha.expr.ExpressionPlace;
import dev.plumbline.syntax.gha.expr.ExpressionScope;
import dev.plumbline.syntax.gha.expr.WorkflowExpressions;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlPath;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Go to definition and references in workflows: {@code needs:} and {@code needs.<job>} to the job,
 * {@code needs.<job>.outputs.<x>} to the output, {@code steps.<id>} to the step's id,
 * {@code inputs.<x>}, {@code matrix.<x>} and {@code env.<X>} to where they are declared, and a local
 * {@code uses: ./…} to the action's metadata file or the reusable workflow. References: of a job id
 * (its {@code needs:} items and {@code needs.<id>} uses) and of a step id (the {@code steps.<id>} uses
 * that read that step).
 */
final class WorkflowNavigation {

    private WorkflowNavigation() {
    }

    static List<TargetLocation> definition(WorkflowFile file, TextDocument document, Position position) {
        Optional<WorkflowExpressions.At> at = file.expressions().at(position);
        if (at.isPresent()) {
            return expressionTarget(file, at.get()).map(r -> List.of(new TargetLocation(document.uri(), r)))
                    .orElse(List.of());
        }
        Optional<YamlPath> found = file.yaml().pathAt(position);
        if (found.isEmpty() || found.get().onKey() || found.get().node().asScalar().isEmpty()) {
            return List.of();
        }
        YamlPath path = found.get();
        YamlScalar scalar = path.node().asScalar().get();
        List<String> keys = Places.keys(path);
        if (Places.isNeeds(keys)) {
            return job(file, scalar.value()).map(j -> List.of(new TargetLocation(document.uri(), j.idRange())))
                    .orElse(List.of());
        }
        String key = keys.isEmpty() ? "" : keys.get(keys.size() - 1);
        if (key.equals("uses")) {
            UsesRef uses = UsesRef.of(scalar);
            if (uses.isLocal()) {
                return localFile(document.uri(), uses).map(uri -> List.of(new TargetLocation(uri, Range.of(0, 0, 0, 0))))
                        .orElse(List.of());
            }
        }
        return List.of();
    }

    /** Every use of the job or step id at {@code position} (on its key or on a use), with the definition when asked. */
    static List<TargetLocation> references(WorkflowFile file, TextDocument document, Position position,
            boolean includeDeclaration) {
        Optional<Job> job = jobAt(file, document, position);
        if (job.isEmpty()) {
            return stepIdAt(file, document, position)
                    .map(id -> stepReferences(file, document, id, includeDeclaration)).orElse(List.of());
        }
        String id = job.get().id();
        List<TargetLocation> out = new ArrayList<>();
        if (includeDeclaration) {
            out.add(new TargetLocation(document.uri(), job.get().idRange()));
        }
        List<Range> uses = new ArrayList<>();
        for (Job other : file.jobs()) {
            other.needs().ifPresent(needs -> {
                List<YamlNode> items = needs.asSequence().map(s -> s.items()).orElse(List.of(needs));
                for (YamlNode item : items) {
                    item.asScalar().filter(s -> s.value().equals(id)).ifPresent(s -> uses.add(s.range()));
                }
            });
        }
        for (var site : file.expressions().sites()) {
            for (var expression : site.expressions()) {
                expression.rootNode().ifPresent(root -> root.walk(node -> {
                    if (node instanceof ExprNode.Property property && property.receiver() instanceof ExprNode.ContextRef ref
                            && (ref.key().equals("needs") || ref.key().equals("jobs"))
                            && property.name().equalsIgnoreCase(id)) {
                        uses.add(site.rangeOf(property.nameStart(), property.end()));
                    }
                }));
            }
        }
        uses.sort((a, b) -> a.start().compareTo(b.start()));
        uses.forEach(r -> out.add(new TargetLocation(document.uri(), r)));
        return out;
    }

    /** The {@code id:} value of the step whose id is at {@code position}: on the value or on a {@code steps.<id>} use. */
    private static Optional<YamlScalar> stepIdAt(WorkflowFile file, TextDocument document, Position position) {
        List<Step> steps = allSteps(file);
        for (Step step : steps) {
            Optional<YamlScalar> id = step.id();
            if (id.isPresent() && (id.get().range().contains(position) || id.get().range().end().equals(position))) {
                return id;
            }
        }
        Optional<WorkflowExpressions.At> at = file.expressions().at(position);
        Optional<Range> target = at.flatMap(a -> expressionTarget(file, a));
        if (target.isEmpty()) {
            return Optional.empty();
        }
        return steps.stream().flatMap(step -> step.id().stream()).filter(id -> id.range().equals(target.get())).findFirst();
    }

    /** The {@code steps.<id>} uses in expressions that read the step whose id is {@code id}. */
    private static List<TargetLocation> stepReferences(WorkflowFile file, TextDocument document, YamlScalar id,
            boolean includeDeclaration) {
        List<TargetLocation> out = new ArrayList<>();
        if (includeDeclaration) {
            out.add(new TargetLocation(document.uri(), id.range()));
        }
        List<Range> uses = new ArrayList<>();
        for (var site : file.expressions().sites()) {
            for (var expression : site.expressions()) {
                expression.rootNode().ifPresent(root -> root.walk(node -> {
                    if (node instanceof ExprNode.Property property && property.receiver() instanceof ExprNode.ContextRef ref
                            && ref.key().equals("steps") && property.name().equals(id.value())
                            && step(file, site.place(), property.name()).filter(id.range()::equals).isPresent()) {
                        uses.add(site.rangeOf(property.nameStart(), property.end()));
                    }
                }));
            }
        }
        uses.sort((a, b) -> a.start().compareTo(b.start()));
        uses.forEach(r -> out.add(new TargetLocation(document.uri(), r)));
        return out;
    }

    private static List<Step> allSteps(WorkflowFile file) {
        if (file.action().isPresent()) {
            return file.action().get().steps();
        }
        return file.jobs().stream().flatMap(job -> job.steps().stream()).toList();
    }

    /** The job whose id is at {@code position}: its key, a {@code needs:} item, or {@code needs.<id>} in an expression. */
    private static Optional<Job> jobAt(WorkflowFile file, TextDocument document, Position position) {
        for (Job job : file.jobs()) {
            if (job.idRange().contains(position) || job.idRange().end().equals(position)) {
                return Optional.of(job);
            }
        }
        return definition(file, document, position).stream().findFirst()
                .flatMap(target -> file.jobs().stream().filter(j -> j.idRange().equals(target.range())).findFirst());
    }

    private static Optional<Job> job(WorkflowFile file, String id) {
        return file.workflow().flatMap(w -> w.job(id.trim()));
    }

    private static Optional<Range> expressionTarget(WorkflowFile file, WorkflowExpressions.At at) {
        if (at.node().isEmpty() || !(at.node().get() instanceof ExprNode.Property property)
                || at.offset() < property.nameStart()) {
            return Optional.empty();
        }
        Optional<AccessPath> path = property.path();
        if (path.isEmpty() || path.get().size() < 2) {
            return Optional.empty();
        }
        AccessPath p = path.get();
        ExpressionPlace place = at.scope().place();
        String name = p.segments().get(1);
        return switch (p.context()) {
            case "needs", "jobs" -> {
                Optional<Job> job = job(file, name);
                if (p.context().equals("needs") && place.job() != null
                        && !ExpressionScope.needsIds(place.job()).orElse(List.of()).contains(name)) {
                    job = Optional.empty();
                }
                if (job.isEmpty()) {
                    yield Optional.empty();
                }
                if (p.size() == 4 && p.key(2).equals("outputs")) {
                    yield job.get().mapping().flatMap(m -> m.getMapping("outputs"))
                            .flatMap(outputs -> entry(outputs, p.segments().get(3))).map(e -> e.key().range());
                }
                yield p.size() == 2 ? Optional.of(job.get().idRange()) : Optional.empty();
            }
            case "steps" -> p.size() == 2 ? step(file, place, name) : Optional.empty();
            case "inputs" -> p.size() == 2 ? input(file, name) : Optional.empty();
            case "matrix" -> p.size() == 2 ? matrix(place, name) : Optional.empty();
            case "env" -> p.size() == 2 ? env(file, place, name) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** The {@code id:} value of the last step before the current one with that id. */
    private static Optional<Range> step(WorkflowFile file, ExpressionPlace place, String id) {
        List<Step> steps = place.job() != null ? place.job().steps()
                : file.action().map(a -> a.steps()).orElse(List.of());
        Range found = null;
        for (Step step : steps) {
            if (step == place.step()) {
                break;
            }
            Optional<YamlScalar> stepId = step.id();
            if (stepId.isPresent() && stepId.get().value().equals(id)) {
                found = stepId.get().range();
            }
        }
        return Optional.ofNullable(found);
    }

    private static Optional<Range> input(WorkflowFile file, String name) {
        if (file.action().isPresent()) {
            return file.action().get().inputs().flatMap(inputs -> entry(inputs, name)).map(e -> e.key().range());
        }
        Optional<YamlMapping> on = file.workflow().flatMap(w -> w.on()).flatMap(e -> e.value().asMapping());
        for (String event : List.of("workflow_dispatch", "workflow_call")) {
            Optional<Range> range = on.flatMap(m -> m.get(event)).flatMap(e -> e.at("inputs")).flatMap(YamlNode::asMapping)
                    .flatMap(inputs -> entry(inputs, name)).map(e -> e.key().range());
            if (range.isPresent()) {
                return range;
            }
        }
        return Optional.empty();
    }

    private static Optional<Range> matrix(ExpressionPlace place, String name) {
        if (place.job() == null) {
            return Optional.empty();
        }
        Optional<YamlMapping> matrix = place.job().strategy().flatMap(s -> s.at("matrix")).flatMap(YamlNode::asMapping);
        Optional<Range> direct = matrix.flatMap(m -> entry(m, name)).map(e -> e.key().range());
        if (direct.isPresent()) {
            return direct;
        }
        return matrix.flatMap(m -> m.getSequence("include")).flatMap(rows -> rows.items().stream()
                .flatMap(row -> row.asMapping().flatMap(r -> entry(r, name)).stream()).findFirst())
                .map(e -> e.key().range());
    }

    /** The nearest declaration: the step's env, then the job's, then the workflow's. */
    private static Optional<Range> env(WorkflowFile file, ExpressionPlace place, String name) {
        List<Optional<YamlMapping>> scopes = List.of(
                place.stepOf().flatMap(Step::env),
                place.jobOf().flatMap(Job::env),
                file.workflow().flatMap(w -> w.env()));
        for (Optional<YamlMapping> env : scopes) {
            Optional<Range> range = env.flatMap(m -> entry(m, name)).map(e -> e.key().range());
            if (range.isPresent()) {
                return range;
            }
        }
        return Optional.empty();
    }

    /** The last entry named {@code name}, ignoring case (as GitHub's contexts do). */
    private static Optional<YamlEntry> entry(YamlMapping mapping, String name) {
        YamlEntry found = null;
        for (YamlEntry entry : mapping.entries()) {
            if (entry.keyText().map(k -> k.equalsIgnoreCase(name)).orElse(false)) {
                found = entry;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The file a local {@code uses: ./…} names, as a URI next to the document's repository root (the
     * folder holding {@code .github}): the workflow file itself, or the action's {@code action.yml}
     * ({@code action.yaml} when only that exists on disk).
     */
    static Optional<String> localFile(String documentUri, UsesRef uses) {
        String value = uses.value().trim();
        if (!value.startsWith("./") || uses.hasExpression()) {
            return Optional.empty();
        }
        int github = documentUri.indexOf("/.github/");
        if (github < 0) {
            return Optional.empty();
        }
        try {
            String root = documentUri.substring(0, github + 1);
            String relative = URI.create(value.substring(2).replaceAll("/+$", "")).normalize().toString();
            if (relative.startsWith("..") || relative.isEmpty()) {
                return Optional.empty();
            }
            String lower = relative.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".yml") || lower.endsWith(".yaml")) {
                return Optional.of(root + relative);
            }
            String yml = root + relative + "/action.yml";
            String yaml = root + relative + "/action.yaml";
            if (yml.startsWith("file:") && !Files.exists(Path.of(URI.create(yml))) && Files.exists(Path.of(URI.create(yaml)))) {
                return Optional.of(yaml);
            }
            return Optional.of(yml);
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }
}
