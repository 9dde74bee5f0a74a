package dev.plumbline.server.features;

import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Fix;
import dev.plumbline.server.diagnostics.DiagnosticMapper;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextEdit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Code actions for the findings at the requested place: one {@code quickfix} per {@link Fix} (the
 * first one preferred), one "Ignore &lt;rule&gt; on this line", and one {@code source.fixAll.plumbline}
 * for the whole document. Kinds the client did not ask for ({@code context.only}) are left out.
 */
public final class CodeActionProvider {

    public static final String FIX_ALL_KIND = CodeActionKind.SourceFixAll + ".plumbline";
    static final String FIX_ALL_TITLE = "Fix all auto-fixable Plumbline problems";

    private final DiagnosticMapper mapper;
    private final FindingMatcher matcher = new FindingMatcher();
    private final FixAll fixAll = new FixAll();

    public CodeActionProvider(DiagnosticMapper mapper) {
        this.mapper = mapper;
    }

    /** What the request asked for, already converted from the wire. */
    public record Request(Range range, List<Diagnostic> diagnostics, List<String> only, boolean documentChanges) {
    }

    public List<Either<Command, CodeAction>> actions(AnalysisResult result, Request request) {
        List<Either<Command, CodeAction>> actions = new ArrayList<>();
        if (wanted(CodeActionKind.QuickFix, request.only())) {
            // several findings can offer the very same fix (one securityContext edit for three settings):
            // the menu shows it once, and one "Ignore" per rule and line
            Set<Fix> offered = new HashSet<>();
            for (Finding finding : matcher.match(result, request.range(), request.diagnostics())) {
                Diagnostic diagnostic = mapper.toDiagnostic(result, result.findings().indexOf(finding));
                List<Fix> fixes = finding.fixes();
                for (int i = 0; i < fixes.size(); i++) {
                    if (offered.add(fixes.get(i))) {
                        actions.add(Either.forRight(action(fixes.get(i).title(), CodeActionKind.QuickFix, result,
                                fixes.get(i).edits(), diagnostic, i == 0, request)));
                    }
                }
                Optional<Fix> ignore = result.ignoreFix(finding)
                        .map(fix -> new Fix("Ignore " + finding.ruleId() + " on this line", fix.edits()))
                        .filter(offered::add);
                ignore.ifPresent(fix -> actions.add(Either.forRight(action(fix.title(), CodeActionKind.QuickFix, result,
                        fix.edits(), diagnostic, false, request))));
            }
        }
        if (wanted(FIX_ALL_KIND, request.only())) {
            List<TextEdit> edits = fixAll.edits(result);
            if (!edits.isEmpty()) {
                actions.add(Either.forRight(action(FIX_ALL_TITLE, FIX_ALL_KIND, result, edits, null, false, request)));
            }
        }
        return actions;
    }

    private static CodeAction action(String title, String kind, AnalysisResult result, List<TextEdit> edits,
            Diagnostic diagnostic, boolean preferred, Request request) {
        CodeAction action = new CodeAction(title);
        action.setKind(kind);
        action.setEdit(WorkspaceEdits.of(result.document(), edits, request.documentChanges()));
        if (diagnostic != null) {
            action.setDiagnostics(List.of(diagnostic));
        }
        if (preferred) {
            action.setIsPreferred(true);
        }
        return action;
    }

    /** LSP kinds are hierarchical: asking for {@code source} or {@code source.fixAll} includes {@code source.fixAll.plumbline}. */
    static boolean wanted(String kind, List<String> only) {
        if (only == null || only.isEmpty()) {
            return true;
        }
        return only.stream().anyMatch(o -> o != null && (kind.equals(o) || kind.startsWith(o + ".")));
    }
}
