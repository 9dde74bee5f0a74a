package dev.plumbline.rules.gha.features;

import dev.plumbline.features.HoverText;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.gha.expr.WorkflowExpressions;
import dev.plumbline.syntax.gha.schema.EventSpec;
import dev.plumbline.syntax.gha.schema.GhaSchema;
import dev.plumbline.syntax.gha.schema.PermissionScope;
import dev.plumbline.syntax.gha.schema.RunnerLabel;
import dev.plumbline.syntax.gha.schema.SchemaProperty;
import dev.plumbline.syntax.gha.schema.SchemaSite;
import dev.plumbline.syntax.gha.schema.SchemaType;
import dev.plumbline.syntax.yaml.YamlPath;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import java.util.List;
import java.util.Optional;

/**
 * Hover in workflows and action files: keys (from {@link GhaSchema}), events, activity types,
 * permission scopes, runner labels, and inside expressions contexts, properties and functions.
 */
final class WorkflowHover {

    private WorkflowHover() {
    }

    static Optional<HoverText> hover(WorkflowFile file, Position position) {
        Optional<WorkflowExpressions.At> at = file.expressions().at(position);
        if (at.isPresent()) {
            return ExpressionHelp.hover(at.get());
        }
        Optional<YamlPath> found = file.yaml().pathAt(position);
        if (found.isEmpty() || found.get().steps().isEmpty() || found.get().node().asScalar().isEmpty()) {
            return Optional.empty();
        }
        YamlPath path = found.get();
        YamlScalar scalar = (YamlScalar) path.node().resolve();
        if (!scalar.range().contains(position) && !scalar.range().end().equals(position)) {
            return Optional.empty();
        }
        Optional<SchemaSite> site = SchemaSite.locate(Places.rootType(file), path);
        if (site.isEmpty()) {
            return Optional.empty();
        }
        return path.onKey() ? keyHover(site.get(), path, scalar) : valueHover(file, site.get(), path, scalar);
    }

    private static Optional<HoverText> keyHover(SchemaSite site, YamlPath path, YamlScalar key) {
        Range range = key.range();
        String name = key.value();
        Optional<SchemaProperty> property = site.property().filter(p -> p.name().equals(name));
        if (property.isPresent()) {
            SchemaProperty p = property.get();
            String text = "**" + name + "** *(" + p.type().describe() + ")*" + p.description().map(d -> "\n\n" + d).orElse("")
                    + (p.required() ? "\n\nRequired." : "");
            return Optional.of(new HoverText(text, range));
        }
        if (site.event().isPresent() && site.event().get().name().equals(name)) {
            return Optional.of(new HoverText(eventText(site.event().get()), range));
        }
        Optional<dev.plumbline.syntax.gha.KnownAction> action = ActionHelp.actionOfWith(path);
        if (action.isPresent()) {
            return action.get().input(name).map(input -> new HoverText(ActionHelp.inputText(action.get(), input), range));
        }
        if (site.mapping().flatMap(SchemaType::name).filter("permission-scopes"::equals).isPresent()) {
            return GhaSchema.get().permissionScope(name).map(scope -> new HoverText(scopeText(scope), range));
        }
        return Optional.empty();
    }

    private static Optional<HoverText> valueHover(WorkflowFile file, SchemaSite site, YamlPath path, YamlScalar value) {
        Range range = value.range();
        String text = value.value().trim();
        List<String> keys = Places.keys(path);
        String key = keys.isEmpty() ? "" : keys.get(keys.size() - 1);
        GhaSchema schema = GhaSchema.get();
        if (!file.isAction() && keys.equals(List.of("on"))) {
            return schema.event(text).map(event -> new HoverText(eventText(event), range));
        }
        if (key.equals("types") && site.event().isPresent()) {
            EventSpec event = site.event().get();
            boolean known = event.anyTypes() || event.activityTypes().contains(text);
            return Optional.of(new HoverText("Activity type **" + text + "** of event `" + event.name() + "`"
                    + (known ? "" : "\n\n`" + event.name() + "` has no such activity type; it has: "
                            + String.join(", ", event.activityTypes()) + "."), range));
        }
        if (key.equals("uses") && path.steps().get(path.steps().size() - 1) instanceof YamlPath.Key uses) {
            Optional<dev.plumbline.syntax.gha.KnownAction> action = ActionHelp.actionOf(uses.mapping());
            if (action.isPresent()) {
                return Optional.of(new HoverText(ActionHelp.actionText(action.get()), range));
            }
        }
        if (Places.isRunsOn(keys)) {
            Optional<RunnerLabel> label = schema.runnerLabel(text);
            if (label.isPresent()) {
                RunnerLabel r = label.get();
                return Optional.of(new HoverText("Runner **" + r.name() + "** *(GitHub-hosted, " + r.os() + ")*\n\n"
                        + r.doc() + (r.retired() ? "\n\nRetired: jobs on this label no longer start." : ""), range));
            }
            if (schema.selfHostedLabels().contains(text)) {
                return Optional.of(new HoverText("Runner label **" + text
                        + "**\n\nA label GitHub gives self-hosted runners by default.", range));
            }
        }
        return Optional.empty();
    }

    static String eventText(EventSpec event) {
        StringBuilder text = new StringBuilder("Event **").append(event.name()).append("**");
        event.description().ifPresent(d -> text.append("\n\n").append(d));
        if (!event.activityTypes().isEmpty()) {
            text.append("\n\nActivity types: ").append(String.join(", ", event.activityTypes())).append('.');
        }
        List<String> filters = event.filters();
        if (!filters.isEmpty()) {
            text.append("\n\nSettings: ").append(String.join(", ", filters)).append('.');
        }
        return text.toString();
    }

    private static String scopeText(PermissionScope scope) {
        return "Permission **" + scope.name() + "** *(" + String.join(", ", scope.levels()) + ")*\n\n" + scope.doc();
    }
}
