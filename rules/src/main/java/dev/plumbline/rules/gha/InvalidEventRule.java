package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.NearestName;
import dev.plumbline.rules.gha.support.Scalars;
import dev.plumbline.syntax.gha.Trigger;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.gha.schema.EventSpec;
import dev.plumbline.syntax.gha.schema.GhaSchema;
import dev.plumbline.syntax.gha.schema.SchemaProblem;
import dev.plumbline.syntax.gha.schema.SchemaType;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Triggers GitHub does not know: an unknown event, an activity type the event does not have, a filter
 * the event does not support, or a filter together with its {@code -ignore} twin. Names close to a
 * known one get a rename fix.
 */
public final class InvalidEventRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/invalid-event", "Unknown event, activity type or filter",
            Severity.ERROR, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ACTIONLINT, "events"));

    private static final String[][] TWINS = {{"branches", "branches-ignore"}, {"tags", "tags-ignore"},
            {"paths", "paths-ignore"}};

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        Optional<dev.plumbline.syntax.gha.Workflow> workflow = context.model().workflow();
        if (workflow.isEmpty()) {
            return;
        }
        GhaSchema schema = GhaSchema.get();
        List<String> eventNames = schema.events().stream().map(EventSpec::name).toList();
        for (Trigger trigger : workflow.get().triggers()) {
            Optional<EventSpec> spec = schema.event(trigger.name());
            if (spec.isEmpty()) {
                unknown(context, trigger.nameNode(), "Unknown event \"" + trigger.name() + "\"", eventNames);
                continue;
            }
            trigger.settingsMapping().ifPresent(settings -> checkSettings(context, spec.get(), settings));
        }
        for (SchemaProblem problem : context.model().schemaProblems()) {
            // unknown keys are read above with better messages; wrong shapes are reported as the schema finds them
            if (problem.ownedBy(META.id()) && problem.kind() != SchemaProblem.Kind.UNKNOWN_KEY) {
                context.report(problem.range(), problem.message());
            }
        }
    }

    private static void checkSettings(RuleContext<WorkflowFile> context, EventSpec spec, YamlMapping settings) {
        SchemaType type = spec.settings();
        if (type.kind() != SchemaType.Kind.MAPPING || type.other().isPresent()
                || !type.owner().map(META.id()::equals).orElse(false)) { // inputs and schedules are other rules'
            return;
        }
        List<String> allowed = new ArrayList<>(type.properties().keySet());
        if (!spec.hasTypes()) {
            allowed.remove("types");
        }
        for (YamlEntry entry : settings.entries()) {
            if (entry.isMergeKey() || !(entry.key() instanceof YamlScalar key) || key.isNull()) {
                continue;
            }
            String name = key.value();
            if (name.equals("types") && !spec.hasTypes()) {
                context.report(key.range(), "Event \"" + spec.name() + "\" has no activity types");
            } else if (!allowed.contains(name)) {
                unknown(context, key, "Event \"" + spec.name() + "\" has no setting \"" + name + "\"", allowed);
            } else if (name.equals("types") && !spec.anyTypes()) {
                for (YamlScalar value : Scalars.of(entry.value())) {
                    if (!spec.activityTypes().contains(value.value()) && !Scalars.hasExpression(value)) {
                        unknown(context, value, "Event \"" + spec.name() + "\" has no activity type \"" + value.value()
                                + "\"", spec.activityTypes());
                    }
                }
            }
        }
        for (String[] twin : TWINS) {
            if (settings.has(twin[0]) && settings.has(twin[1])) {
                context.report(settings.entry(twin[1]).orElseThrow().key().range(), "Event \"" + spec.name()
                        + "\" cannot have both \"" + twin[0] + "\" and \"" + twin[1] + "\"; exclude with \"!\" patterns in \""
                        + twin[0] + "\"");
            }
        }
    }

    private static void unknown(RuleContext<WorkflowFile> context, YamlScalar node, String message, List<String> allowed) {
        Optional<String> nearest = NearestName.of(node.value(), allowed);
        if (nearest.isEmpty()) {
            context.report(node.range(), message);
            return;
        }
        var report = context.report(node.range(), message + "; did you mean \"" + nearest.get() + "\"?");
        if (node.isPlain() || node.style().isQuoted()) {
            report.fix("Replace with \"" + nearest.get() + "\"", new TextEdit(node.range(), nearest.get()));
        }
    }
}
