package dev.plumbline.server.features;

import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.engine.Finding;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.ArrayList;
import java.util.List;

/**
 * The edits of "fix all": the first fix of every finding, in document order, skipping a fix whose
 * edits overlap one already taken (two edits at one spot would have no defined result). The skipped
 * ones show up again after the next analysis.
 */
public final class FixAll {

    private record Span(int start, int end) {
        boolean conflicts(Span other) {
            return start == other.start || (start < other.end && other.start < end);
        }
    }

    public List<TextEdit> edits(AnalysisResult result) {
        TextDocument document = result.document();
        List<Span> taken = new ArrayList<>();
        List<TextEdit> edits = new ArrayList<>();
        for (Finding finding : result.findings()) {
            if (finding.fixes().isEmpty()) {
                continue;
            }
            List<TextEdit> fixEdits = finding.fixes().get(0).edits();
            List<Span> spans = fixEdits.stream()
                    .map(e -> new Span(document.offsetAt(e.range().start()), document.offsetAt(e.range().end())))
                    .toList();
            boolean free = spans.stream().noneMatch(s -> taken.stream().anyMatch(s::conflicts));
            if (free) {
                taken.addAll(spans);
                edits.addAll(fixEdits);
            }
        }
        return edits;
    }
}
