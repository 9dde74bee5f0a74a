package dev.plumbline.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.engine.Cancellation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceScannerTest {

    /** Facts of a YAML file: its first line. A file whose first line is "boom" makes the extractor throw. */
    private static final FactsExtractor<String> FIRST_LINE = new FactsExtractor<>() {
        @Override
        public Class<String> type() {
            return String.class;
        }

        @Override
        public boolean accepts(String relativePath) {
            return relativePath.endsWith(".yaml");
        }

        @Override
        public Optional<String> extract(String relativePath, String text) {
            String first = text.lines().findFirst().orElse("");
            if (first.equals("boom")) {
                throw new IllegalStateException("extractor bug");
            }
            return first.isEmpty() ? Optional.empty() : Optional.of(first);
        }
    };

    @TempDir
    Path root;

    private final WorkspaceScanner scanner = new WorkspaceScanner(List.of(FIRST_LINE));

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void listsEveryFileAndReadsOnlyTheAcceptedOnes() throws IOException {
        write("deploy/web.yaml", "kind: Deployment\n");
        write("app/Dockerfile", "FROM x\n");
        write("node_modules/lib/x.yaml", "vendored\n");
        write(".git/config.yaml", "git\n");
        write(".github/workflows/ci.yaml", "on: push\n");
        write("broken.yaml", "boom\n");
        WorkspaceIndex index = new WorkspaceIndex(root);

        scanner.scan(index, Cancellation.NONE);

        assertTrue(index.isComplete());
        assertEquals(List.of(".github/workflows/ci.yaml", "app/Dockerfile", "broken.yaml", "deploy/web.yaml"),
                index.filesUnder(""));
        assertEquals(Optional.of("kind: Deployment"), index.facts("deploy/web.yaml", String.class));
        assertEquals(Optional.empty(), index.facts("broken.yaml", String.class), "a throwing extractor gives no facts");
    }

    @Test
    void refreshFollowsTheDiskAndOpenDocumentsOverrideIt() throws IOException {
        write("a.yaml", "old\n");
        WorkspaceIndex index = new WorkspaceIndex(root);
        scanner.scan(index, Cancellation.NONE);

        write("a.yaml", "new\n");
        scanner.refresh(index, root.resolve("a.yaml"));
        assertEquals(Optional.of("new"), index.facts("a.yaml", String.class));

        scanner.update(index, "a.yaml", "typed\n");
        assertEquals(Optional.of("typed"), index.facts("a.yaml", String.class));

        Files.delete(root.resolve("a.yaml"));
        scanner.refresh(index, root.resolve("a.yaml"));
        assertFalse(index.exists("a.yaml"));
    }

    @Test
    void aCanceledScanStopsAndStaysIncomplete() throws IOException {
        write("a.yaml", "x\n");
        WorkspaceIndex index = new WorkspaceIndex(root);
        assertThrows(CancellationException.class, () -> scanner.scan(index, () -> true));
        assertFalse(index.isComplete());
    }

    @Test
    void largeFilesAreListedButNotRead() throws IOException {
        write("huge.yaml", "x".repeat((int) WorkspaceScanner.MAX_BYTES + 1));
        WorkspaceIndex index = new WorkspaceIndex(root);
        scanner.scan(index, Cancellation.NONE);
        assertTrue(index.exists("huge.yaml"));
        assertEquals(Map.of(), index.all(String.class));
    }
}
