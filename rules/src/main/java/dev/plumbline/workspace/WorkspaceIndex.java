package dev.plumbline.workspace;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What cross-file rules know about a workspace: every file's path (so "does ./app/Dockerfile exist"
 * is a lookup) and, for the files some {@link FactsExtractor} accepts, their facts. Paths are
 * relative to the root, with forward slashes. The index is live and thread-safe: the server updates
 * it from open documents and watched-file events while analyses read it. {@link #isComplete()} is
 * false while the first scan runs; cross-file rules then stay quiet rather than guess.
 */
public final class WorkspaceIndex {

    /** One file: whatever facts were extracted from it, by type. */
    private record Entry(Map<Class<?>, Object> facts) {
    }

    private final Path root;
    private final ConcurrentSkipListMap<String, Entry> files = new ConcurrentSkipListMap<>();
    private volatile boolean complete;
    /** Counts changes of what the index says (facts that differ, files added or removed, the first scan ending). */
    private final AtomicLong version = new AtomicLong();

    public WorkspaceIndex(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public boolean isComplete() {
        return complete;
    }

    /** Marks the first scan as finished. */
    public void markComplete() {
        complete = true;
        version.incrementAndGet();
    }

    /**
     * Grows whenever the index starts to say something else; equal versions of one index mean equal
     * answers, so results computed from it may be reused (re-recording equal facts keeps it).
     */
    public long version() {
        return version.get();
    }

    /** The workspace-relative path of {@code file}, or empty when it lies outside the root. */
    public Optional<String> relativePath(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(root) || absolute.equals(root)) {
            return Optional.empty();
        }
        return Optional.of(root.relativize(absolute).toString().replace('\\', '/'));
    }

    /** Records a file and its facts, replacing what was known. */
    public void put(String relativePath, Map<Class<?>, Object> facts) {
        Entry entry = new Entry(Map.copyOf(facts));
        if (!entry.equals(files.put(normalize(relativePath), entry))) {
            version.incrementAndGet();
        }
    }

    public void remove(String relativePath) {
        String path = normalize(relativePath);
        boolean removed = files.remove(path) != null;
        // a deleted folder takes its files along
        NavigableMap<String, Entry> below = files.subMap(path + "/", path + "/\uffff");
        removed |= !below.isEmpty();
        below.clear();
        if (removed) {
            version.incrementAndGet();
        }
    }

    public int size() {
        return files.size();
    }

    public boolean exists(String relativePath) {
        return files.containsKey(normalize(relativePath));
    }

    /** True when some file lies below this folder. */
    public boolean isDirectory(String relativePath) {
        String prefix = normalize(relativePath);
        if (prefix.isEmpty()) {
            return !files.isEmpty();
        }
        String key = files.ceilingKey(prefix + "/");
        return key != null && key.startsWith(prefix + "/");
    }

    /** Every file below a folder ("" is the root), sorted. */
    public List<String> filesUnder(String relativeFolder) {
        String prefix = normalize(relativeFolder);
        NavigableMap<String, Entry> below = prefix.isEmpty() ? files : files.subMap(prefix + "/", prefix + "/\uffff");
        return List.copyOf(below.keySet());
    }

    /** Every file matching a glob relative to the root ({@code **} crosses folders), sorted. */
    public List<String> matching(String glob) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + normalize(glob));
        List<String> found = new ArrayList<>();
        for (String path : files.keySet()) {
            if (matcher.matches(Path.of(path))) {
                found.add(path);
            }
        }
        return found;
    }

    public <F> Optional<F> facts(String relativePath, Class<F> type) {
        Entry entry = files.get(normalize(relativePath));
        return entry == null ? Optional.empty() : Optional.ofNullable(type.cast(entry.facts().get(type)));
    }

    /** Every file's facts of one type, by path, sorted by path. */
    public <F> Map<String, F> all(Class<F> type) {
        Map<String, F> found = new LinkedHashMap<>();
        files.forEach((path, entry) -> {
            Object facts = entry.facts().get(type);
            if (facts != null) {
                found.put(path, type.cast(facts));
            }
        });
        return Collections.unmodifiableMap(found);
    }

    /** {@code a/./b/../c} → {@code a/c}; no leading {@code ./} or trailing slash; backslashes become slashes. */
    public static String normalize(String relativePath) {
        String slashes = relativePath.replace('\\', '/');
        List<String> parts = new ArrayList<>();
        for (String part : slashes.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
                    parts.remove(parts.size() - 1);
                } else {
                    parts.add(part);
                }
            } else {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }
}
