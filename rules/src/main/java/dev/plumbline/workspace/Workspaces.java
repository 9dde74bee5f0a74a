package dev.plumbline.workspace;

import dev.plumbline.engine.Cancellation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The workspaces files are checked in outside an editor (by {@code check} and the golden tests): an
 * explicitly named folder when the file lies in it, else the repository holding the file (the
 * nearest folder above it with a {@code .git}), else the checked path it was found under. Each is
 * scanned once, on first use, exactly as the editor scans a workspace folder.
 */
public final class Workspaces {

    private final WorkspaceScanner scanner;
    private final List<Path> explicitRoots;
    private final List<Path> checkedRoots;
    private final Map<Path, Optional<Path>> repositoryOf = new ConcurrentHashMap<>();
    private final Map<Path, WorkspaceIndex> indexes = new ConcurrentHashMap<>();

    /**
     * @param explicitRoots folders named as workspaces (e.g. {@code check --workspace DIR}); the
     *     innermost one holding a file wins
     * @param checkedRoots the files and folders being checked, for files in no repository
     */
    public Workspaces(WorkspaceScanner scanner, List<Path> explicitRoots, List<Path> checkedRoots) {
        this.scanner = scanner;
        this.explicitRoots = explicitRoots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.checkedRoots = checkedRoots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    /** Where {@code file} sits in its workspace. */
    public Optional<WorkspaceView> viewFor(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Optional<Path> root = innermostHolding(explicitRoots, absolute)
                .or(() -> repository(absolute.getParent()))
                .or(() -> innermostHolding(checkedRoots.stream()
                        .map(r -> Files.isDirectory(r) ? r : r.getParent()).toList(), absolute));
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

    private static Optional<Path> innermostHolding(List<Path> roots, Path file) {
        return roots.stream()
                .filter(root -> root != null && file.startsWith(root))
                .max((a, b) -> Integer.compare(a.getNameCount(), b.getNameCount()));
    }
}
