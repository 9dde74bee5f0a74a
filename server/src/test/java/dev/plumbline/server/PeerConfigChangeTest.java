package dev.plumbline.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.server.document.DocumentPaths;
import dev.plumbline.server.testing.LspSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A changed peer configuration file (zizmor.yml here) re-reads the configuration of open documents. */
class PeerConfigChangeTest {

    private final LspSession session = LspSession.start(BuiltinRules.registry(), BuiltinRules.configResolver());

    @TempDir
    Path workspace;

    @AfterEach
    void tearDown() {
        session.close();
    }

    @ParameterizedTest
    @CsvSource({
            "file:///r/.plumbline.yaml, true", "file:///r/.hadolint.yml, true", "file:///r/zizmor.yml, true",
            "file:///r/.github/zizmor.yaml, true", "file:///r/.github/actionlint.yaml, true",
            "file:///r/.github/actionlint.yml, true", "file:///r/actionlint.yaml, false", "file:///r/my-zizmor.yml, false",
            "file:///r/.github/workflows/ci.yml, false"})
    void peerConfigurationFilesAreConfigurationFiles(String uri, boolean expected) {
        assertEquals(expected, DocumentPaths.isConfigFile(uri));
    }

    private static long unpinned(PublishDiagnosticsParams params) {
        return params.getDiagnostics().stream().filter(d -> "gha/unpinned-action".equals(d.getCode().getLeft())).count();
    }

    @Test
    void aChangedZizmorFileIsReadAgainEvenWhenItsSizeAndTimeStayTheSame() throws IOException {
        Files.createDirectories(workspace.resolve(".github/workflows"));
        Path zizmor = Files.writeString(workspace.resolve(".github/zizmor.yml"), "rules:\n  unpinned-uses:\n    disable: false\n");
        FileTime written = Files.getLastModifiedTime(zizmor);
        String text = "on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    timeout-minutes: 5\n"
                + "    steps:\n      - uses: actions/checkout@v4\n        with:\n          persist-credentials: false\n";
        Path workflow = Files.writeString(workspace.resolve(".github/workflows/ci.yml"), text);
        String uri = workflow.toUri().toString();
        session.initialize(params -> params.setWorkspaceFolders(
                List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws"))));
        session.open(uri, "yaml", text);
        session.await(session.client.awaitPublish(uri, p -> unpinned(p) == 1));

        // the same size and modification time: only the change notice can tell the server to read it again
        Files.writeString(zizmor, "rules:\n  unpinned-uses:\n    disable: true \n");
        Files.setLastModifiedTime(zizmor, written);
        session.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                List.of(new FileEvent(zizmor.toUri().toString(), FileChangeType.Changed))));

        session.await(session.client.awaitPublish(uri, p -> unpinned(p) == 0));
    }
}
