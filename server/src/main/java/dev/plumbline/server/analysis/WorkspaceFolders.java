package dev.plumbline.server.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** The workspace folders the editor opened; a folder bounds the search for {@code .plumbline.yaml}. */
public final class WorkspaceFolders {

    private final List<Path> folders = new CopyOnWriteArrayList<>();

    public void set(Collection<Path> paths) {
        List<Path> normalized = new ArrayList<>();
        paths.forEach(p -> normalized.add(normalize(p)));
        folders.clear();
        folders.addAll(normalized);
    }

    public void add(Path path) {
        folders.add(normalize(path));
    }

    public void remove(Path path) {
        folders.remove(normalize(path));
    }

    public List<Path> all() {
        return List.copyOf(folders);
    }

    /** The innermost folder holding {@code file} (nested folders are allowed); empty when none does. */
    public Optional<Path> containing(Path file) {
        Path absolute = normalize(file);
        return folders.stream()
                .filter(absolute::startsWith)
                .max(Comparator.comparingInt(Path::getNameCount));
    }

    private static Path normalize(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
