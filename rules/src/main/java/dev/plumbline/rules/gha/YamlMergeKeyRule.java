package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.Anchors;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlAlias;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.text.Position;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A merge key {@code <<}: GitHub accepts anchors and aliases but not merge keys. The fix writes the
 * merged mapping's entries out in place of {@code <<: *alias} (entries the mapping sets itself win,
 * as a merge would have it), and drops the anchor when nothing else refers to it.
 */
public final class YamlMergeKeyRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/yaml-merge-key", "Merge key that GitHub rejects", Severity.ERROR,
            Language.GITHUB_ACTIONS, PeerId.of(PeerId.ACTIONLINT, "syntax-check"));

    static final String FIX_TITLE = "Expand the merge into explicit keys";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        Optional<YamlNode> root = context.model().root();
        // what Dependabot's own reader makes of merge keys is not the Actions runner's business
        if (root.isEmpty() || context.model().isDependabot()) {
            return;
        }
        List<YamlMapping> merging = new ArrayList<>();
        root.get().walk(node -> {
            if (node instanceof YamlMapping mapping && mapping.hasMergeKeys()) {
                merging.add(mapping);
            }
        });
        if (merging.isEmpty()) {
            return;
        }
        Anchors anchors = Anchors.of(root.get(), context.document());
        for (YamlMapping mapping : merging) {
            for (YamlEntry entry : mapping.entries()) {
                if (entry.isMergeKey()) {
                    var report = context.report(entry.key().range(),
                            "Merge key \"<<\" is not supported by GitHub Actions; write the keys out");
                    expansion(mapping, entry, anchors, context.document()).ifPresent(edits ->
                            report.fix(FIX_TITLE, edits.toArray(TextEdit[]::new)));
                }
            }
        }
    }

    /** The edits that replace {@code <<: *a} with the entries of {@code a}'s block mapping, when that is mechanical. */
    private static Optional<List<TextEdit>> expansion(YamlMapping mapping, YamlEntry merge, Anchors anchors,
            TextDocument document) {
        if (mapping.isFlow() || !(merge.value() instanceof YamlAlias alias) || alias.target().isEmpty()
                || !(alias.target().get() instanceof YamlMapping source) || source.hasMergeKeys()
                || mapping.entries().stream().filter(YamlEntry::isMergeKey).count() != 1) {
            return Optional.empty();
        }
        Position keyStart = merge.key().range().start();
        Position aliasEnd = alias.range().end();
        if (keyStart.line() != aliasEnd.line() || !document.lineText(keyStart.line()).substring(aliasEnd.character())
                .isBlank()) {
            return Optional.empty();
        }
        Set<String> own = new HashSet<>();
        mapping.entries().stream().filter(e -> !e.isMergeKey()).forEach(e -> e.keyText().ifPresent(own::add));
        List<String> lines = new ArrayList<>();
        int column = keyStart.character();
        for (YamlEntry inherited : source.entries()) {
            if (inherited.keyText().map(own::contains).orElse(true)) {
                continue;
            }
            Optional<List<String>> text = entryLines(inherited, source, column, document);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            lines.addAll(text.get());
        }
        String separator = document.lineSeparator();
        List<TextEdit> edits = new ArrayList<>();
        if (lines.isEmpty()) {
            if (!document.lineText(keyStart.line()).substring(0, column).isBlank()) {
                return Optional.empty();
            }
            int start = document.offsetAt(new Position(keyStart.line(), 0));
            int end = keyStart.line() + 1 < document.lineCount() ? document.offsetAt(new Position(keyStart.line() + 1, 0))
                    : document.text().length();
            edits.add(new TextEdit(document.rangeOf(start, end), ""));
        } else {
            String indent = " ".repeat(column);
            StringBuilder text = new StringBuilder(lines.get(0));
            for (int i = 1; i < lines.size(); i++) {
                text.append(separator).append(lines.get(i).isEmpty() ? "" : indent + lines.get(i));
            }
            edits.add(new TextEdit(new dev.plumbline.text.Range(keyStart, aliasEnd), text.toString()));
        }
        anchors.anchorOf(source).filter(a -> anchors.aliasesOf(a).size() == 1)
                .ifPresent(a -> edits.add(Anchors.removal(a, document)));
        return Optional.of(edits);
    }

    /**
     * The lines of one entry of the merged mapping, relative to {@code column}: the first without
     * indentation, the next ones with their indentation past the source mapping's column kept.
     */
    private static Optional<List<String>> entryLines(YamlEntry entry, YamlMapping source, int column,
            TextDocument document) {
        Position start = entry.key().fullRange().start();
        Position end = entry.range().end();
        int sourceColumn = start.character();
        List<String> lines = new ArrayList<>();
        for (int line = start.line(); line <= end.line(); line++) {
            String text = document.lineText(line);
            if (line == start.line()) {
                lines.add(line == end.line() ? text.substring(sourceColumn, end.character()) : text.substring(sourceColumn));
                continue;
            }
            String body = line == end.line() ? text.substring(0, end.character()) : text;
            if (body.isBlank()) {
                lines.add("");
                continue;
            }
            int indent = 0;
            while (indent < body.length() && body.charAt(indent) == ' ') {
                indent++;
            }
            if (indent < sourceColumn) {
                return Optional.empty(); // a line less indented than its mapping: not a shape to move safely
            }
            lines.add(body.substring(sourceColumn));
        }
        return source.isFlow() && lines.size() > 1 ? Optional.empty() : Optional.of(lines);
    }
}
