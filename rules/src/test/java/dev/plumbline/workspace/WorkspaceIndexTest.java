package dev.plumbline.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkspaceIndexTest {

    private final WorkspaceIndex index = new WorkspaceIndex(Path.of("/repo"));

    private void files(String... paths) {
        for (String path : paths) {
            index.put(path, Map.of());
        }
    }

    @Test
    void normalizesPathsAsAShellWould() {
        assertEquals("a/c", WorkspaceIndex.normalize("./a/./b/../c/"));
        assertEquals("../x", WorkspaceIndex.normalize("a/../../x"));
        assertEquals("a/b", WorkspaceIndex.normalize("a\\b"));
        assertEquals("", WorkspaceIndex.normalize("."));
    }

    @Test
    void answersExistenceFoldersAndGlobs() {
        files("app/Dockerfile", "app/package-lock.json", ".github/workflows/ci.yml", "deploy/base/web.yaml");
        assertTrue(index.exists("./app/Dockerfile"));
        assertFalse(index.exists("app"));
        assertTrue(index.isDirectory("app"));
        assertTrue(index.isDirectory("deploy/base/"));
        assertFalse(index.isDirectory("ap"));
        assertEquals(List.of("deploy/base/web.yaml"), index.filesUnder("deploy"));
        assertEquals(List.of("app/package-lock.json"), index.matching("**/package-lock.json"));
        assertEquals(List.of(".github/workflows/ci.yml"), index.matching(".github/workflows/*.yml"));
    }

    @Test
    void removingAFolderRemovesItsFiles() {
        files("app/Dockerfile", "app/src/main.go", "apple/x");
        index.remove("app");
        assertEquals(List.of("apple/x"), index.filesUnder(""));
    }

    @Test
    void keepsFactsByType() {
        index.put("a.yaml", Map.of(String.class, "facts of a"));
        index.put("b.yaml", Map.of(Integer.class, 2));
        assertEquals(Optional.of("facts of a"), index.facts("a.yaml", String.class));
        assertEquals(Optional.empty(), index.facts("a.yaml", Integer.class));
        assertEquals(Map.of("b.yaml", 2), index.all(Integer.class));
    }

    @Test
    void mapsFilesIntoTheRootOnly() {
        assertEquals(Optional.of("a/b.yaml"), index.relativePath(Path.of("/repo/a/b.yaml")));
        assertEquals(Optional.empty(), index.relativePath(Path.of("/elsewhere/b.yaml")));
        assertEquals(Optional.empty(), index.relativePath(Path.of("/repo")));
    }

    @Test
    void viewsResolvePathsFromTheAnalysedFile() {
        WorkspaceView view = new WorkspaceView(index, "deploy/overlays/prod/kustomization.yaml");
        assertEquals("deploy/overlays/prod", view.selfFolder());
        assertEquals("deploy/base", view.resolveFromSelf("../../base"));
        assertEquals(Optional.empty(), view.ready());
        index.markComplete();
        assertTrue(view.ready().isPresent());
    }
}
