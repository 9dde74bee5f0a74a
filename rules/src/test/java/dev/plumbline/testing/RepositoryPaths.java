package dev.plumbline.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests find the repository's own folders, whichever module they run from. */
public final class RepositoryPaths {

    private RepositoryPaths() {
    }

    /** The repository root: the nearest folder above the working directory holding the Maven wrapper and rules/. */
    public static Path root() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isRegularFile(dir.resolve("rules/pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root (mvnw and rules/pom.xml) above " + start);
    }

    /** {@code test-workspaces/} at the repository root; it must exist. */
    public static Path testWorkspaces() {
        Path dir = root().resolve("test-workspaces");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("missing " + dir);
        }
        return dir;
    }

    /** The rules module's build folder, for reports tests write. */
    public static Path rulesTarget() {
        return root().resolve("rules").resolve("target");
    }
}
