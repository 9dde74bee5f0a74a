package dev.plumbline.rules.gha.features;

import dev.plumbline.features.CompletionCandidate;
import dev.plumbline.features.CompletionCandidate.Kind;
import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.KnownAction;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.gha.schema.EventSpec;
import dev.plumbline.syntax.gha.schema.GhaSchema;
import dev.plumbline.syntax.gha.schema.PermissionScope;
import dev.plumbline.syntax.gha.schema.RunnerLabel;
import dev.plumbline.syntax.gha.schema.SchemaProperty;
import dev.plumbline.syntax.gha.schema.SchemaSite;
import dev.plumbline.syntax.gha.schema.SchemaType;
import dev.plumbline.syntax.yaml.YamlFile;
import dev.plumbline.syntax.yaml.YamlParser;
import dev.plumbline.syntax.yaml.YamlPath;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Completion in workflows and action files: keys the schema allows at the cursor, events, activity
 * types, runner labels, job ids in {@code needs}, step ids in {@code wait}/{@code cancel}, enum
 * values, and inside {@code ${{ }}} contexts, their properties and functions.
 *
 * <p>A half-typed line is often not valid YAML, so the place is read from a copy of the document in
 * which the word at the cursor is replaced by a placeholder key (or value): that copy parses, and
 * its path gives the schema type there with the sibling keys really written.
 */
final class WorkflowCompletion {

    private static final String PLACEHOLDER = "plumbline0completion";
    /** Only dashes and spaces before the word: a key of a mapping (or a list item). */
    private static final Pattern KEY_PLACE = Pattern.compile("\\s*(-\\s+)*");

    private WorkflowCompletion() {
    }

    static List<CompletionCandidate> complete(WorkflowFile file, TextDocument document, Position position) {
        Optional<List<CompletionCandidate>> inExpression = ExpressionHelp.complete(file, position);
        if (inExpression.isPresent()) {
            return inExpression.get();
        }
        if (position.line() >= document.lineCount()) {
            return List.of();
        }
        String line = document.lineText(position.line());
        int cursor = Math.min(position.character(), line.length());
        int wordStart = cursor;
        while (wordStart > 0 && isWordChar(line.charAt(wordStart - 1))) {
            wordStart--;
        }
        int wordEnd = cursor;
        while (wordEnd < line.length() && isWordChar(line.charAt(wordEnd))) {
            wordEnd++;
        }
        String before = line.substring(0, wordStart);
        String after = line.substring(wordEnd);
        if (before.stripLeading().startsWith("#") || before.contains(" #")) {
            return List.of();
        }
        Range replace = Range.of(position.line(), wordStart, position.line(), cursor);
        Position wholeWordEnd = Position.of(position.line(), wordEnd);
        return candidates(file, document, position.line(), before, after, replace).stream()
                .map(candidate -> candidate.replacingTo(wholeWordEnd))
                .toList();
    }

    /** The candidates for the word between {@code before} and {@code after} on {@code line}. */
    private static List<CompletionCandidate> candidates(WorkflowFile file, TextDocument document, int line,
            String before, String after, Range replace) {
        if (KEY_PLACE.matcher(before).matches()) {
            if (before.contains("-")) {
                Optional<List<CompletionCandidate>> values = values(file, document, line, before, after, replace);
                if (values.isPresent()) {
                    return values.get();
                }
            }
            return keys(file, document, line, before, after, replace);
        }
        return values(file, document, line, before, after, replace).orElse(List.of());
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }

    /** The document with line {@code line} replaced, parsed, and the path at {@code character} of that line. */
    private static Optional<YamlPath> patched(TextDocument document, int line, String newLine, int character) {
        StringBuilder text = new StringBuilder(document.text().length() + PLACEHOLDER.length() + 2);
        String[] lines = document.text().split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            text.append(i == line ? newLine : lines[i]).append('\n');
        }
        YamlFile yaml = YamlParser.parse(text.toString());
        return yaml.pathAt(Position.of(line, character));
    }

    // ---------------------------------------------------------------------------------- keys

    private static List<CompletionCandidate> keys(WorkflowFile file, TextDocument document, int line, String before,
            String after, Range replace) {
        boolean hasColon = after.stripLeading().startsWith(":");
        Optional<YamlPath> path = patched(document, line, before + PLACEHOLDER + (hasColon ? "" : ":") + after,
                before.length());
        if (path.isEmpty() || !path.get().onKey() || !path.get().node().asScalar().map(YamlScalar::value)
                .filter(PLACEHOLDER::equals).isPresent()) {
            return List.of();
        }
        Optional<SchemaSite> site = SchemaSite.locateKeyHolder(Places.rootType(file), path.get());
        if (site.isEmpty()) {
            return List.of();
        }
        YamlPath.Key last = (YamlPath.Key) path.get().last().orElseThrow();
        Set<String> written = Set.copyOf(last.mapping().keys());
        String suffix = hasColon ? "" : ": ";
        SchemaType holder = site.get().type();
        List<CompletionCandidate> out = new ArrayList<>();
        GhaSchema schema = GhaSchema.get();
        if (holder.kind() == SchemaType.Kind.EVENTS) {
            for (EventSpec event : schema.events()) {
                if (!written.contains(event.name())) {
                    out.add(new CompletionCandidate(event.name(), Kind.EVENT, "event", event.doc(),
                            event.name() + (hasColon ? "" : ":"), false, replace));
                }
            }
        } else if (holder.name().filter("permission-scopes"::equals).isPresent()) {
            for (PermissionScope scope : schema.permissionScopes()) {
                if (!written.contains(scope.name())) {
                    out.add(new CompletionCandidate(scope.name(), Kind.PROPERTY, String.join(" | ", scope.levels()),
                            scope.doc(), scope.name() + suffix, false, replace));
                }
            }
        } else if (ActionHelp.actionOfWith(path.get()).isPresent()) {
            KnownAction action = ActionHelp.actionOfWith(path.get()).get();
            for (KnownAction.Input input : action.inputs().values()) {
                if (!written.contains(input.name()) && !input.deprecated()) {
                    out.add(new CompletionCandidate(input.name(), Kind.PROPERTY,
                            input.required() ? "required input" : input.defaultValue().map(d -> "default: " + d).orElse("input"),
                            input.description(), input.name() + suffix, false, replace));
                }
            }
        } else if (holder.kind() == SchemaType.Kind.MAPPING) {
            for (SchemaProperty property : holder.properties().values()) {
                if (!written.contains(property.name())) {
                    out.add(new CompletionCandidate(property.name(), Kind.PROPERTY, property.type().describe(),
                            property.description().orElse(""), property.name() + suffix, false, replace));
                }
            }
        }
        return out;
    }

    // -------------------------------------------------------------------------------- values

    private static Optional<List<CompletionCandidate>> values(WorkflowFile file, TextDocument document, int line,
            String before, String after, Range replace) {
        Optional<YamlPath> found = patched(document, line, before + PLACEHOLDER + after, before.length());
        if (found.isEmpty() || found.get().onKey() || !found.get().node().asScalar().map(YamlScalar::value)
                .filter(v -> v.startsWith(PLACEHOLDER)).isPresent()) {
            return Optional.empty();
        }
        YamlPath path = found.get();
        Optional<SchemaSite> site = SchemaSite.locate(Places.rootType(file), path);
        if (site.isEmpty()) {
            return Optional.of(List.of());
        }
        if (site.get().type().acceptsMapping() && !site.get().type().acceptsScalar()) {
            return Optional.empty(); // a list of mappings (steps): the word starts a key
        }
        List<String> keys = Places.keys(path);
        String key = keys.isEmpty() ? "" : keys.get(keys.size() - 1);
        GhaSchema schema = GhaSchema.get();
        List<CompletionCandidate> out = new ArrayList<>();
        if (!file.isAction() && keys.equals(List.of("on"))) {
            schema.events().forEach(e -> out.add(CompletionCandidate.plain(e.name(), Kind.EVENT, "event", e.doc(), replace)));
        } else if (key.equals("types") && site.get().event().isPresent()) {
            EventSpec event = site.get().event().get();
            event.activityTypes().forEach(t -> out.add(CompletionCandidate.plain(t, Kind.ENUM_MEMBER,
                    "activity type of " + event.name(), "", replace)));
        } else if (Places.isRunsOn(keys)) {
            for (RunnerLabel label : schema.runnerLabels()) {
                if (!label.retired()) {
                    out.add(CompletionCandidate.plain(label.name(), Kind.VALUE, "GitHub-hosted, " + label.os(),
                            label.doc(), replace));
                }
            }
            out.add(CompletionCandidate.plain("self-hosted", Kind.VALUE, "self-hosted runner", "", replace));
        } else if (Places.isNeeds(keys)) {
            String self = keys.get(1);
            for (Job job : file.jobs()) {
                if (!job.id().equals(self)) {
                    out.add(CompletionCandidate.plain(job.id(), Kind.REFERENCE, "job",
                            job.name().map(YamlScalar::value).orElse(""), replace));
                }
            }
        } else if ((key.equals("wait") || key.equals("cancel")) && keys.size() >= 2) {
            jobOf(file, keys).ifPresent(job -> {
                for (Step step : job.steps()) {
                    step.id().ifPresent(id -> out.add(CompletionCandidate.plain(id.value(), Kind.REFERENCE, "step",
                            step.name().map(YamlScalar::value).orElse(""), replace)));
                }
            });
        } else {
            site.get().valueChoices().forEach(v -> out.add(CompletionCandidate.plain(v, Kind.VALUE,
                    site.get().property().map(SchemaProperty::name).orElse(""), "", replace)));
        }
        return Optional.of(out);
    }

    private static Optional<Job> jobOf(WorkflowFile file, List<String> keys) {
        if (keys.size() >= 2 && keys.get(0).equals("jobs")) {
            return file.workflow().flatMap(w -> w.job(keys.get(1)));
        }
        return Optional.empty();
    }
}
