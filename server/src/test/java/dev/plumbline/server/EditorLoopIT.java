package dev.plumbline.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.server.testing.ServerProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an editor does, against the packaged jar as a real process, for one file of each kind:
 * open, see the diagnostic, hover it for the rule's docs, ask for code actions, apply the preferred
 * fix as a {@code didChange}, and see the diagnostic go.
 */
class EditorLoopIT {

    @TempDir
    static Path workspace;
    private static ServerProcess server;

    @BeforeAll
    static void startServer() {
        server = ServerProcess.start("--stdio");
        server.session.initialize(params -> {
            params.setProcessId((int) ProcessHandle.current().pid());
            params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "workspace")));
        });
    }

    @AfterAll
    static void stopServer() {
        try {
            assertEquals(0, server.session.shutdownAndExit());
        } finally {
            server.close();
        }
    }

    @Test
    void dockerfilePipWithoutNoCacheDir() throws IOException {
        String uri = write("Dockerfile", """
                FROM python:3.12-slim
                RUN pip install flask
                """);

        String fixed = editorLoop(uri, "dockerfile", "dockerfile/pip-no-cache-dir",
                title -> title.equals("Insert --no-cache-dir"));

        assertTrue(fixed.contains("pip install --no-cache-dir flask"), fixed);
    }

    @Test
    void deploymentContainerThatMayEscalatePrivileges() throws IOException {
        String uri = write("deploy/web.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  selector:
                    matchLabels:
                      app: web
                  template:
                    metadata:
                      labels:
                        app: web
                    spec:
                      containers:
                        - name: web
                          image: nginx:1.27.0
                """);

        String fixed = editorLoop(uri, "yaml", "k8s/privilege-escalation",
                title -> title.contains("allowPrivilegeEscalation"));

        assertTrue(fixed.contains("allowPrivilegeEscalation: false"), fixed);
    }

    @Test
    void workflowRunningNpmInstall() throws IOException {
        String uri = write(".github/workflows/ci.yml", """
                name: ci
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                      - run: npm install
                """);

        String fixed = editorLoop(uri, "yaml", "gha/npm-install", title -> title.contains("npm ci"));

        assertTrue(fixed.contains("- run: npm ci"), fixed);
    }

    /** Writes a workspace file (the server reads configuration from disk, documents from the editor). */
    private static String write(String relative, String text) throws IOException {
        Path file = workspace.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file.toUri().toString();
    }

    /** @return the document's text after the fix */
    private static String editorLoop(String uri, String languageId, String ruleId, Predicate<String> fixTitle)
            throws IOException {
        var session = server.session;
        session.open(uri, languageId, Files.readString(Path.of(java.net.URI.create(uri))));

        PublishDiagnosticsParams opened = session.await(session.client.diagnostics(uri, 1));
        Diagnostic diagnostic = opened.getDiagnostics().stream()
                .filter(d -> d.getCode().getLeft().equals(ruleId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + ruleId + " diagnostic in " + opened.getDiagnostics()));
        assertEquals("plumbline", diagnostic.getSource());

        Hover hover = session.hover(uri, diagnostic.getRange().getStart().getLine(),
                diagnostic.getRange().getStart().getCharacter());
        String docs = hover.getContents().getRight().getValue();
        assertTrue(docs.contains(diagnostic.getMessage().getLeft()) && docs.contains("# " + ruleId), docs);

        List<CodeAction> actions = session.codeActions(uri, diagnostic.getRange(), List.of(diagnostic), null);
        CodeAction fix = actions.stream()
                .filter(a -> CodeActionKind.QuickFix.equals(a.getKind()) && Boolean.TRUE.equals(a.getIsPreferred()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no preferred quick fix in "
                        + actions.stream().map(CodeAction::getTitle).toList()));
        assertTrue(fixTitle.test(fix.getTitle()), fix.getTitle());
        assertTrue(actions.stream().anyMatch(a -> a.getTitle().equals("Ignore " + ruleId + " on this line")),
                actions.stream().map(CodeAction::getTitle).toList().toString());

        int version = session.applyAsChange(uri, fix.getEdit());
        PublishDiagnosticsParams after = session.await(session.client.diagnostics(uri, version));
        assertTrue(after.getDiagnostics().stream().noneMatch(d -> d.getCode().getLeft().equals(ruleId)),
                after.getDiagnostics().toString());
        return session.text(uri);
    }
}
