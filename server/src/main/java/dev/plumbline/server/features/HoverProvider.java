package dev.plumbline.server.features;

import dev.plumbline.docs.RuleDoc;
import dev.plumbline.docs.RuleDocs;
import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.engine.Finding;
import dev.plumbline.server.lsp.LspRanges;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.features.HoverText;
import dev.plumbline.workspace.WorkspaceView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

/**
 * Hover: over a finding, its message as a heading, then the rule's documentation page (several
 * findings at one place are all shown, separated by a rule); then what the language says about the
 * thing under the pointer (an instruction, a key, a variable).
 */
public final class HoverProvider {

    static final String SEPARATOR = "\n\n---\n\n";

    /**
     * @param markdown false when the client renders only plain text (the Markdown then reads as text)
     * @return empty when neither a finding nor the language has anything to say at {@code position}
     */
    public Optional<Hover> hover(AnalysisResult result, Position position, boolean markdown) {
        return hover(result, Optional.empty(), position, markdown);
    }

    /** As {@link #hover(AnalysisResult, Position, boolean)}; the language may look into {@code workspace}. */
    public Optional<Hover> hover(AnalysisResult result, Optional<WorkspaceView> workspace, Position position,
            boolean markdown) {
        List<Finding> here = result.findings().stream()
                .filter(f -> f.range().contains(position))
                .toList();
        Optional<HoverText> language = result.features(workspace).hover(position);
        if (here.isEmpty() && language.isEmpty()) {
            return Optional.empty();
        }
        List<String> sections = new ArrayList<>(here.stream().map(HoverProvider::section).toList());
        language.ifPresent(h -> sections.add(h.markdown().strip()));
        Range range = here.isEmpty() ? language.get().range() : span(here);
        MarkupContent content = new MarkupContent(markdown ? MarkupKind.MARKDOWN : MarkupKind.PLAINTEXT,
                String.join(SEPARATOR, sections));
        return Optional.of(new Hover(content, LspRanges.toLsp(range)));
    }

    private static String section(Finding finding) {
        String heading = "**" + finding.message() + "** (`" + finding.ruleId() + "`)";
        return RuleDocs.forRule(finding.ruleId())
                .map(RuleDoc::markdown)
                .map(docs -> heading + "\n\n" + docs.strip())
                .orElse(heading);
    }

    /** The smallest range covering every finding shown, so the editor keeps the hover open over all of them. */
    private static Range span(List<Finding> findings) {
        Position start = findings.get(0).range().start();
        Position end = findings.get(0).range().end();
        for (Finding finding : findings) {
            start = finding.range().start().isBefore(start) ? finding.range().start() : start;
            end = finding.range().end().isAfter(end) ? finding.range().end() : end;
        }
        return new Range(start, end);
    }
}
