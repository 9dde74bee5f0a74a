package dev.plumbline.server.analysis;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.server.ServerLog;
import dev.plumbline.workspace.WorkspaceIndex;
import dev.plumbline.workspace.WorkspaceScanner;
import dev.plumbline.workspace.WorkspaceView;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/**
 * One {@link WorkspaceIndex} per workspace folder, scanned in the background when the folder
 * appears and kept current from open documents and watched-file events. When a scan finishes, every
 * open document is analysed again, so cross-file rules (quiet until then) speak up.
 */
public final class WorkspaceIndexes implements AutoCloseable {

    /** A folder's index and the flag that stops its scan when the folder goes away. */
    private record Folder(WorkspaceIndex index, Cancel cancel) {
    }

    private static final class Cancel implements Cancellation {
        private volatile boolean canceled;

        @Override
        public boolean isCanceled() {
            return canceled;
        }
    }

    private final WorkspaceScanner scanner;
    private final ServerLog log;
    private final Runnable onScanned;
    private final Map<Path, Folder> folders = new ConcurrentHashMap<>();
    private final ExecutorService scans = Executors.newSingleThreadExecutor(DaemonThreads.named("plumbline-index"));

    /** @param onScanned runs after each folder's first scan completes */
    public WorkspaceIndexes(WorkspaceScanner scanner, ServerLog log, Runnable onScanned) {
        this.scanner = scanner;
        this.log = log;
        this.onScanned = onScanned;
    }

    /** The workspace folders are now exactly these: new ones are scanned, gone ones dropped. */
    public void setFolders(Collection<Path> paths) {
        Map<Path, Boolean> wanted = new ConcurrentHashMap<>();
        paths.forEach(p -> wanted.put(p.toAbsolutePath().normalize(), true));
        folders.keySet().removeIf(existing -> {
            boolean gone = !wanted.containsKey(existing);
            if (gone) {
                folders.get(existing).cancel().canceled = true;
            }
            return gone;
        });
        wanted.keySet().forEach(this::startScan);
    }

    private void startScan(Path root) {
        if (folders.containsKey(root)) {
            return;
        }
        Folder folder = new Folder(new WorkspaceIndex(root), new Cancel());
        folders.put(root, folder);
        try {
            scans.execute(() -> scan(folder));
        } catch (RejectedExecutionException e) {
            // shutting down
        }
    }

    private void scan(Folder folder) {
        long started = System.nanoTime();
        try {
            scanner.scan(folder.index(), folder.cancel());
            log.info("Indexed " + folder.index().size() + " files of " + folder.index().root() + " in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms.");
            onScanned.run();
        } catch (CancellationException e) {
            // the folder was removed
        } catch (RuntimeException e) {
            log.error("Indexing " + folder.index().root() + " failed; cross-file checks stay off there", e);
        }
    }

    /** Where {@code file} sits in the innermost workspace folder holding it. */
    public Optional<WorkspaceView> viewFor(Path file) {
        return innermost(file).flatMap(folder -> folder.index().relativePath(file)
                .map(path -> new WorkspaceView(folder.index(), path)));
    }

    /** An open document's text, newer than the disk. */
    public void documentChanged(Path file, String text) {
        folders.values().forEach(folder -> folder.index().relativePath(file)
                .ifPresent(path -> scanner.update(folder.index(), path, text)));
    }

    /** A file changed, appeared or disappeared on disk (or its editor closed): read it again. */
    public void fileChanged(Path file) {
        folders.values().forEach(folder -> scanner.refresh(folder.index(), file));
    }

    private Optional<Folder> innermost(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return folders.entrySet().stream()
                .filter(e -> absolute.startsWith(e.getKey()))
                .max(Comparator.comparingInt(e -> e.getKey().getNameCount()))
                .map(Map.Entry::getValue);
    }

    @Override
    public void close() {
        folders.values().forEach(f -> f.cancel().canceled = true);
        scans.shutdownNow();
    }
}
