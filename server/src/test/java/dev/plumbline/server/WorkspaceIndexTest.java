package dev.plumbline.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.server.testing.LspSession;
import dev.plumbline.server.testing.TestRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cross-file checks through the server: the index is scanned, follows the disk and open editors. */
class WorkspaceIndexTest {

    private final LspSession session = LspSession.start(TestRules.withCrossFileRule());

    @TempDir
    Path workspace;

    @AfterEach
    void tearDown() {
        session.close();
    }

    private static List<String> messages(PublishDiagnosticsParams params) {
        return params.getDiagnostics().stream()
                .filter(d -> "dockerfile/test-needs-readme".equals(d.getCode().getLeft()))
                .map(d -> d.getMessage().getLeft())
                .toList();
    }

    private void initialize() {
        session.initialize(params -> params.setWorkspaceFolders(
                List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws"))));
    }

    private void watched(Path file, FileChangeType type) {
        session.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                List.of(new FileEvent(file.toUri().toString(), type))));
    }

    @Test
    void crossFileFindingsFollowTheDisk() throws IOException {
        Files.createDirectories(workspace.resolve("app"));
        String uri = workspace.resolve("app/Dockerfile").toUri().toString();
        initialize();
        session.open(uri, "FROM alpine\n");
        session.await(session.client.awaitPublish(uri, p -> messages(p).equals(List.of("No README next to app/Dockerfile"))));

        Path readme = Files.writeString(workspace.resolve("app/README"), "draft\n");
        watched(readme, FileChangeType.Created);
        session.await(session.client.awaitPublish(uri,
                p -> messages(p).equals(List.of("The README next to app/Dockerfile is a draft"))));

        Files.writeString(readme, "Done\n");
        watched(readme, FileChangeType.Changed);
        session.await(session.client.awaitPublish(uri, p -> messages(p).isEmpty()));

        Files.delete(readme);
        watched(readme, FileChangeType.Deleted);
        session.await(session.client.awaitPublish(uri, p -> messages(p).size() == 1));
    }

    @Test
    void anOpenEditorsTextIsWhatOtherFilesSee() throws IOException {
        Files.writeString(workspace.resolve("README"), "Done\n");
        String dockerfile = workspace.resolve("Dockerfile").toUri().toString();
        String readme = workspace.resolve("README").toUri().toString();
        initialize();
        session.open(dockerfile, "FROM alpine\n");
        session.await(session.client.awaitPublish(dockerfile, p -> !p.getDiagnostics().isEmpty() || messages(p).isEmpty()));

        session.open(readme, "draft\n"); // typed, not saved
        session.change(dockerfile, 2, LspSession.edit(0, 0, 0, 0, "# edited\n"));
        session.await(session.client.awaitPublish(dockerfile,
                p -> messages(p).equals(List.of("The README next to Dockerfile is a draft"))));

        session.close(readme); // the disk says "Done" again
        session.change(dockerfile, 3, LspSession.edit(0, 0, 0, 0, "# again\n"));
        session.await(session.client.awaitPublish(dockerfile, p -> p.getVersion() == 3 && messages(p).isEmpty()));
    }

    @Test
    void filesOutsideAnyWorkspaceFolderGetNoCrossFileFindings() {
        initialize();
        String uri = "untitled:Dockerfile";
        session.open(uri, "FROM alpine\n");
        PublishDiagnosticsParams published = session.await(session.client.diagnostics(uri, 1));
        assertEquals(List.of(), messages(published));
    }
}
