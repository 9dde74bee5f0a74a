package dev.plumbline.server.diagnostics;

import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Related;
import dev.plumbline.engine.Severity;
import dev.plumbline.server.lsp.LspRanges;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;

/**
 * Findings to LSP diagnostics: {@code source} "plumbline", {@code code} the rule id, exact range, data
 * to find it again, and the finding's related places for clients that show them.
 */
public final class DiagnosticMapper {

    public static final String SOURCE = "plumbline";

    private final BooleanSupplier relatedInformation;

    /** A mapper for a client that shows no related information. */
    public DiagnosticMapper() {
        this(() -> false);
    }

    /** @param relatedInformation whether the client takes {@code relatedInformation} (asked per diagnostic, as it is known only after initialize) */
    public DiagnosticMapper(BooleanSupplier relatedInformation) {
        this.relatedInformation = relatedInformation;
    }

    public List<Diagnostic> toDiagnostics(AnalysisResult result) {
        List<Diagnostic> diagnostics = new ArrayList<>(result.findings().size());
        for (int i = 0; i < result.findings().size(); i++) {
            diagnostics.add(toDiagnostic(result, i));
        }
        return diagnostics;
    }

    /** The diagnostic of the finding at {@code index} in {@code result}. */
    public Diagnostic toDiagnostic(AnalysisResult result, int index) {
        Finding finding = result.findings().get(index);
        Diagnostic diagnostic = new Diagnostic(LspRanges.toLsp(finding.range()), finding.message(),
                severity(finding.severity()), SOURCE, finding.ruleId());
        diagnostic.setData(new DiagnosticData(finding.ruleId(), result.document().version(), index).toJson());
        if (!finding.related().isEmpty() && relatedInformation.getAsBoolean()) {
            List<DiagnosticRelatedInformation> related = new ArrayList<>();
            for (Related place : finding.related()) {
                related.add(new DiagnosticRelatedInformation(
                        new Location(place.uri().orElse(result.document().uri()), LspRanges.toLsp(place.range())),
                        place.message()));
            }
            diagnostic.setRelatedInformation(related);
        }
        return diagnostic;
    }

    public static DiagnosticSeverity severity(Severity severity) {
        return switch (severity) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFORMATION -> DiagnosticSeverity.Information;
            case HINT -> DiagnosticSeverity.Hint;
        };
    }
}
