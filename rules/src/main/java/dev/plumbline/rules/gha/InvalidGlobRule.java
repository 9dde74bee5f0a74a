package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.Scalars;
import dev.plumbline.syntax.gha.Trigger;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A branch, tag or path filter that is not a GitHub glob: regex anchors ({@code ^main$}), characters
 * a Git ref cannot hold, a leading {@code ./} (paths are relative to the repository root already),
 * unbalanced brackets. The mechanical cases (anchors, {@code ./}) get a fix.
 */
public final class InvalidGlobRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/invalid-glob", "Filter pattern that is not a GitHub glob",
            Severity.ERROR, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ACTIONLINT, "glob"));

    private static final Set<String> REF_FILTERS = Set.of("branches", "branches-ignore", "tags", "tags-ignore");
    private static final Set<String> PATH_FILTERS = Set.of("paths", "paths-ignore");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        context.model().workflow().ifPresent(workflow -> {
            for (Trigger trigger : workflow.triggers()) {
                trigger.settingsMapping().ifPresent(settings -> {
                    for (YamlEntry entry : settings.entries()) {
                        String key = entry.keyText().orElse("");
                        boolean ref = REF_FILTERS.contains(key);
                        if (!ref && !PATH_FILTERS.contains(key)) {
                            continue;
                        }
                        for (YamlScalar pattern : Scalars.of(entry.value())) {
                            if (!Scalars.hasExpression(pattern)) {
                                checkPattern(context, pattern, ref);
                            }
                        }
                    }
                });
            }
        });
    }

    private static void checkPattern(RuleContext<WorkflowFile> context, YamlScalar scalar, boolean ref) {
        String value = scalar.value();
        int from = value.startsWith("!") ? 1 : 0;
        String pattern = value.substring(from);
        String what = ref ? "Ref pattern" : "Path pattern";
        if (pattern.isEmpty()) {
            context.report(scalar.range(), what + " is empty");
            return;
        }
        boolean exact = scalar.content().exact() && (scalar.isPlain() || scalar.style().isQuoted());
        boolean caret = pattern.startsWith("^");
        boolean dollar = pattern.endsWith("$") && pattern.length() > 1;
        if (caret || dollar) {
            var report = context.report(scalar.range(), what + " \"" + value
                    + "\" looks like a regular expression; filters are globs and match the whole name already");
            if (exact) {
                List<TextEdit> edits = new ArrayList<>();
                if (caret) {
                    edits.add(new TextEdit(scalar.content().rangeOf(from, from + 1), ""));
                }
                if (dollar) {
                    edits.add(new TextEdit(scalar.content().rangeOf(value.length() - 1, value.length()), ""));
                }
                report.fix("Remove the regular-expression anchors", edits.toArray(TextEdit[]::new));
            }
            return;
        }
        if (!ref && pattern.startsWith("./")) {
            var report = context.report(scalar.range(), what + " \"" + value
                    + "\" starts with \"./\", so it matches nothing; paths are relative to the repository root");
            if (exact) {
                report.fix("Remove the leading \"./\"", new TextEdit(scalar.content().rangeOf(from, from + 2), ""));
            }
            return;
        }
        int depth = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
                if (depth < 0) {
                    break;
                }
            }
        }
        if (depth != 0) {
            context.report(scalar.range(), what + " \"" + value + "\" has unbalanced \"[\" and \"]\"");
            return;
        }
        if (ref) {
            String illegal = illegalInRef(pattern);
            if (illegal != null) {
                Range range = scalar.range();
                context.report(range, what + " \"" + value + "\" contains " + illegal
                        + ", which no branch or tag name can hold");
            }
        }
    }

    private static String illegalInRef(String pattern) {
        if (pattern.contains("..")) {
            return "\"..\"";
        }
        if (pattern.contains("@{")) {
            return "\"@{\"";
        }
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (Character.isWhitespace(c)) {
                return "whitespace";
            }
            if (c == '~' || c == '^' || c == ':' || c == '\\' || c < 0x20 || c == 0x7f) {
                return "\"" + c + "\"";
            }
        }
        return null;
    }
}
