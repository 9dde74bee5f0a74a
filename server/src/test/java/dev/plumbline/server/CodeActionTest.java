package dev.plumbline.server;

import static dev.plumbline.server.testing.LspSession.edit;
import static dev.plumbline.server.testing.LspSession.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.server.features.CodeActionProvider;
import dev.plumbline.server.testing.LspSession;
import dev.plumbline.server.testing.ShoutRule;
import dev.plumbline.server.testing.TestRules;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CodeActionTest {

    private static final String URI = "untitled:Dockerfile";

    private final LspSession session = LspSession.start(new TestRules());

    @AfterEach
    void tearDown() {
        session.close();
    }

    private List<Diagnostic> openAndAwait(String text) {
        session.open(URI, text);
        return session.await(session.client.diagnostics(URI, 1)).getDiagnostics();
    }

    private CodeAction titled(List<CodeAction> actions, String title) {
        return actions.stream().filter(a -> a.getTitle().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no action " + title + " in " + actions.stream().map(CodeAction::getTitle).toList()));
    }

    @Test
    void offersEachFixTheIgnoreActionAndFixAll() {
        session.initialize();
        List<Diagnostic> diagnostics = openAndAwait("RUN echo shout\n");

        List<CodeAction> actions = session.codeActions(URI, diagnostics.get(0).getRange(), diagnostics, null);

        assertEquals(List.of("Uppercase shout", "Delete shout", "Ignore dockerfile/test-shout on this line",
                "Fix all auto-fixable Plumbline problems"), actions.stream().map(CodeAction::getTitle).toList());
        assertEquals(List.of(CodeActionKind.QuickFix, CodeActionKind.QuickFix, CodeActionKind.QuickFix,
                CodeActionProvider.FIX_ALL_KIND), actions.stream().map(CodeAction::getKind).toList());
        assertEquals(Boolean.TRUE, actions.get(0).getIsPreferred());
        assertNull(actions.get(1).getIsPreferred());
        assertEquals(ShoutRule.ID, actions.get(0).getDiagnostics().get(0).getCode().getLeft());
    }

    @Test
    void aQuickFixAppliedAsDidChangeMakesTheDiagnosticGo() {
        session.initialize();
        List<Diagnostic> diagnostics = openAndAwait("RUN echo shout\n");
        CodeAction fix = titled(session.codeActions(URI, diagnostics.get(0).getRange(), diagnostics, null), "Uppercase shout");

        int version = session.applyAsChange(URI, fix.getEdit());

        assertEquals("RUN echo SHOUT\n", session.text(URI));
        assertEquals(List.of(), session.await(session.client.diagnostics(URI, version)).getDiagnostics());
    }

    @Test
    void theIgnoreActionWritesASuppressionThatSilencesTheFinding() {
        session.initialize();
        List<Diagnostic> diagnostics = openAndAwait("FROM alpine\n  RUN echo shout\n");
        CodeAction ignore = titled(session.codeActions(URI, diagnostics.get(0).getRange(), diagnostics, null),
                "Ignore dockerfile/test-shout on this line");

        int version = session.applyAsChange(URI, ignore.getEdit());

        assertEquals("FROM alpine\n  # plumbline ignore=dockerfile/test-shout\n  RUN echo shout\n", session.text(URI));
        assertEquals(List.of(), session.await(session.client.diagnostics(URI, version)).getDiagnostics());
    }

    @Test
    void fixAllAppliesTheFirstFixOfEveryFinding() {
        session.initialize();
        openAndAwait("RUN shout\nRUN shout shout\n");

        List<CodeAction> actions = session.codeActions(URI, range(0, 0, 0, 0), List.of(), List.of(CodeActionKind.SourceFixAll));
        assertEquals(1, actions.size());
        int version = session.applyAsChange(URI, actions.get(0).getEdit());

        assertEquals("RUN SHOUT\nRUN SHOUT SHOUT\n", session.text(URI));
        assertEquals(List.of(), session.await(session.client.diagnostics(URI, version)).getDiagnostics());
    }

    @Test
    void onlyTheRequestedKindsAreReturned() {
        session.initialize();
        List<Diagnostic> diagnostics = openAndAwait("RUN shout\n");

        List<CodeAction> quickFixes = session.codeActions(URI, diagnostics.get(0).getRange(), diagnostics,
                List.of(CodeActionKind.QuickFix));
        List<CodeAction> source = session.codeActions(URI, diagnostics.get(0).getRange(), diagnostics,
                List.of(CodeActionKind.Source));
        List<CodeAction> refactor = session.codeActions(URI, diagnostics.get(0).getRange(), diagnostics,
                List.of(CodeActionKind.Refactor));

        assertTrue(quickFixes.stream().allMatch(a -> a.getKind().equals(CodeActionKind.QuickFix)));
        assertEquals(3, quickFixes.size());
        assertEquals(List.of(CodeActionProvider.FIX_ALL_KIND), source.stream().map(CodeAction::getKind).toList());
        assertEquals(List.of(), refactor);
    }

    @Test
    void aFixSeveralFindingsShareIsOfferedOnce() {
        session.close();
        // one container, three missing securityContext settings: each finding offers the same hardening edit
        String deployment = """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: web
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
                """;
        try (LspSession builtin = LspSession.start(BuiltinRules.registry(), BuiltinRules.configResolver())) {
            builtin.initialize();
            String uri = "file:///w/pod.yaml";
            builtin.open(uri, deployment);
            List<Diagnostic> diagnostics = builtin.await(builtin.client.diagnostics(uri, 1)).getDiagnostics();
            List<Diagnostic> onContainer = diagnostics.stream().filter(d -> d.getRange().getStart().getLine() == 6).toList();

            List<String> titles = builtin.codeActions(uri, range(6, 6, 6, 15), onContainer, List.of(CodeActionKind.QuickFix))
                    .stream().map(CodeAction::getTitle).toList();

            assertTrue(onContainer.size() > 1, "several findings on the container: " + onContainer);
            assertEquals(titles.stream().distinct().toList(), titles, "each fix once: " + titles);
        }
    }

    @Test
    void withoutDiagnosticsInTheContextTheRangeDecides() {
        session.initialize();
        openAndAwait("RUN shout\nRUN echo shout\n");

        List<CodeAction> actions = session.codeActions(URI, range(1, 10, 1, 10), List.of(), List.of(CodeActionKind.QuickFix));

        assertEquals(range(1, 9, 1, 14), actions.get(0).getDiagnostics().get(0).getRange());
        assertEquals(3, actions.size());
    }

    @Test
    void theContextDiagnosticsDecideOverTheRange() {
        session.initialize();
        List<Diagnostic> diagnostics = openAndAwait("RUN shout shout\n");

        // the cursor touches both findings, but the editor asks about the second one only
        List<CodeAction> actions = session.codeActions(URI, range(0, 4, 0, 15), List.of(diagnostics.get(1)),
                List.of(CodeActionKind.QuickFix));

        assertEquals(3, actions.size());
        assertTrue(actions.stream().allMatch(a -> a.getDiagnostics().get(0).getRange().equals(range(0, 10, 0, 15))));
    }

    @Test
    void diagnosticsOfAnOlderVersionStillFindTheirFinding() {
        session.initialize(params -> params.setInitializationOptions(Map.of("debounceMs", 600_000)));
        List<Diagnostic> old = openAndAwait("RUN shout\n");
        // typed after the finding: it did not move, but version 2 has not been analysed yet
        session.change(URI, 2, edit(0, 9, 0, 9, " ok"));

        CodeAction fix = titled(session.codeActions(URI, old.get(0).getRange(), old, null), "Uppercase shout");

        assertEquals(2, fix.getEdit().getDocumentChanges().get(0).getLeft().getTextDocument().getVersion());
        session.applyAsChange(URI, fix.getEdit());
        assertEquals("RUN SHOUT ok\n", session.text(URI));
    }

    @Test
    void clientsWithoutDocumentChangesGetPlainChanges() {
        session.initialize(params -> params.getCapabilities().getWorkspace().getWorkspaceEdit().setDocumentChanges(false));
        List<Diagnostic> diagnostics = openAndAwait("RUN shout\n");

        CodeAction fix = titled(session.codeActions(URI, diagnostics.get(0).getRange(), diagnostics, null), "Uppercase shout");

        assertNull(fix.getEdit().getDocumentChanges());
        assertNotNull(fix.getEdit().getChanges().get(URI));
        int version = session.applyAsChange(URI, fix.getEdit());
        PublishDiagnosticsParams after = session.await(session.client.diagnostics(URI, version));
        assertEquals(List.of(), after.getDiagnostics());
    }

    @Test
    void codeActionsOnAnUnknownDocumentAreEmpty() {
        session.initialize();

        assertEquals(List.of(), session.codeActions("untitled:never-opened", range(0, 0, 0, 1), List.of(), null));
    }
}
