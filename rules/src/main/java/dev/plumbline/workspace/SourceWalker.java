package dev.plumbline.workspace;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Collects the files Plumbline looks at ({@code check}, the workspace index, the golden tests). A
 * folder given on the command line is walked, except
 * for dependency, build and tool folders and hidden folders other than {@code .github}; a file given
 * on the command line is always taken. Symbolic links to files are taken; links to folders are not
 * followed, so a link loop cannot trap the walk.
 */
public final class SourceWalker {

    /** Folders that hold other people's code or build output, never the project's own files. */
    public static final Set<String> SKIPPED_FOLDERS = Set.of(
            "node_modules", "target", "vendor", "third_party", "bower_components", ".git", ".venv");

    /** The hidden folders that are walked: where workflows and local actions live. */
    public static final Set<String> KEPT_HIDDEN_FOLDERS = Set.of(".github");

    private SourceWalker() {
    }

    public static boolean isSkippedFolder(String name) {
        return SKIPPED_FOLDERS.contains(name) || (name.startsWith(".") && !KEPT_HIDDEN_FOLDERS.contains(name));
    }

    /**
     * @param roots existing files or folders (absolute, normalized)
     * @param problems receives each folder that cannot be listed, and why
     * @return the files found, each once, in walk order
     */
    public static List<Path> collect(List<Path> roots, BiConsumer<Path, String> problems) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                walk(root, files, problems);
            } else {
                files.add(root);
            }
        }
        return new ArrayList<>(files);
    }

    private static void walk(Path root, Set<Path> files, BiConsumer<Path, String> problems) {
        Deque<Path> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Path dir = pending.pop();
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
                stream.forEach(entries::add);
            } catch (IOException | RuntimeException e) {
                problems.accept(dir, reason(e));
                continue;
            }
            entries.sort(null);
            List<Path> subfolders = new ArrayList<>();
            for (Path entry : entries) {
                if (Files.isSymbolicLink(entry)) {
                    if (Files.isRegularFile(entry)) {
                        files.add(entry);
                    }
                } else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    if (!isSkippedFolder(entry.getFileName().toString())) {
                        subfolders.add(entry);
                    }
                } else if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    files.add(entry);
                }
            }
            for (int i = subfolders.size() - 1; i >= 0; i--) {
                pending.push(subfolders.get(i));
            }
        }
    }

    public static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or directory";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
