package dev.plumbline.server.features;

import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.engine.Finding;
import dev.plumbline.server.diagnostics.DiagnosticData;
import dev.plumbline.server.diagnostics.DiagnosticMapper;
import dev.plumbline.server.lsp.LspRanges;
import dev.plumbline.text.Range;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.lsp4j.Diagnostic;

/**
 * Finds the findings a code action request is about: those named by the client's diagnostics (by
 * their {@code data}, else by rule id and range), falling back to every finding that intersects the
 * requested range when the client sent none of ours or they no longer match.
 */
public final class FindingMatcher {

    public List<Finding> match(AnalysisResult result, Range requested, List<Diagnostic> contextDiagnostics) {
        Set<Finding> named = new LinkedHashSet<>();
        for (Diagnostic diagnostic : contextDiagnostics == null ? List.<Diagnostic>of() : contextDiagnostics) {
            if (diagnostic != null && DiagnosticMapper.SOURCE.equals(diagnostic.getSource())) {
                find(result, diagnostic).ifPresent(named::add);
            }
        }
        if (!named.isEmpty()) {
            return new ArrayList<>(named);
        }
        return result.findings().stream().filter(f -> f.range().intersects(requested)).toList();
    }

    private static Optional<Finding> find(AnalysisResult result, Diagnostic diagnostic) {
        String ruleId = diagnostic.getCode() != null && diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft() : null;
        if (ruleId == null || diagnostic.getRange() == null) {
            return Optional.empty();
        }
        Range range = LspRanges.fromLsp(diagnostic.getRange());
        List<Finding> findings = result.findings();
        Optional<DiagnosticData> data = DiagnosticData.from(diagnostic.getData());
        if (data.isPresent() && data.get().version() == result.document().version()
                && data.get().index() >= 0 && data.get().index() < findings.size()) {
            Finding indexed = findings.get(data.get().index());
            if (indexed.ruleId().equals(ruleId) && indexed.range().equals(range)) {
                return Optional.of(indexed);
            }
        }
        // the analysis was redone since (new settings, or the client kept diagnostics of an older version)
        return findings.stream().filter(f -> f.ruleId().equals(ruleId) && f.range().equals(range)).findFirst();
    }
}
