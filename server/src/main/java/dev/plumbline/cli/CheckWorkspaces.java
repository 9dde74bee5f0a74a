package dev.plumbline.cli;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.workspace.WorkspaceIndex;
import dev.plumbline.workspace.WorkspaceScanner;
import dev.plumbline.workspace.WorkspaceView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The workspaces {@code check} gives cross-file rules: the repository holding a file (the nearest
 * folder above it with a {@code .git}), else the PATH argument it was found under. Each is scanned
 * once, on first use, exactly as the editor scans a workspace folder.
 */
final class CheckWorkspaces {

    private final WorkspaceScanner scanner;
    private final List<Path> roots;
    private final Map<Path, Optional<Path>> repositoryOf = new ConcurrentHashMap<>();
    private final Map<Path, WorkspaceIndex> indexes = new ConcurrentHashMap<>();

    /** @param roots the PATH arguments, absolute and normalized */
    CheckWorkspaces(WorkspaceScanner scanner, List<Path> roots) {
        this.scanner = scanner;
        this.roots = List.copyOf(roots);
    }

    Optional<WorkspaceView> viewFor(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Optional<Path> root = repository(absolute.getParent()).or(() -> argumentHolding(absolute));
        return root.map(r -> indexes.computeIfAbsent(r, this::scan))
                .flatMap(index -> index.relativePath(absolute).map(path -> new WorkspaceView(index, path)));
    }

    private WorkspaceIndex scan(Path root) {
        WorkspaceIndex index = new WorkspaceIndex(root);
        scanner.scan(index, Cancellation.NONE);
        return index;
    }

    private Optional<Path> repository(Path folder) {
        if (folder == null) {
            return Optional.empty();
        }
        Optional<Path> known = repositoryOf.get(folder);
        if (known != null) {
            return known;
        }
        Optional<Path> found = Files.exists(folder.resolve(".git")) ? Optional.of(folder) : repository(folder.getParent());
        repositoryOf.put(folder, found);
        return found;
    }

    private Optional<Path> argumentHolding(Path file) {
        return roots.stream()
                .map(root -> Files.isDirectory(root) ? root : root.getParent())
                .filter(root -> root != null && file.startsWith(root))
                .max((a, b) -> Integer.compare(a.getNameCount(), b.getNameCount()));
    }
}
