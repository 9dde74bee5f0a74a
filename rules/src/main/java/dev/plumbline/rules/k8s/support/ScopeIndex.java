package dev.plumbline.rules.k8s.support;

import dev.plumbline.rules.k8s.support.ManifestFacts.KustomizationFact;
import dev.plumbline.workspace.WorkspaceIndex;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The kustomize graph of a workspace's manifests and the scope of each file (see {@link K8sScope}),
 * derived from the {@link ManifestFacts} in the index. Rebuilt only when some file's facts change
 * (typing in a value no rule reads costs one comparison), and each file's scope is computed once.
 */
final class ScopeIndex {

    /** A file's scope without the file itself: the other files whose objects count, by path. */
    record Members(List<String> files, boolean kustomized) {
    }

    private static final Map<WorkspaceIndex, ScopeIndex> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    private final Map<String, ManifestFacts> facts;
    /**
     * An index version at which the facts were these: an equal version means equal facts, so no
     * comparison is needed (guarded by {@link #CACHE}).
     */
    private long version;
    private final NavigableSet<String> sorted;
    /** kustomization path → the files and kustomizations its resources/bases/components bring in */
    private final Map<String, List<String>> includes = new HashMap<>();
    /** file → the kustomizations that list it (resources, components or patches) */
    private final Map<String, List<String>> users = new HashMap<>();
    private final Set<String> patchFiles = new HashSet<>();
    private final Map<String, Set<String>> closures = new ConcurrentHashMap<>();
    private final Map<String, Members> members = new ConcurrentHashMap<>();

    private ScopeIndex(Map<String, ManifestFacts> facts, long version) {
        this.facts = facts;
        this.version = version;
        this.sorted = new TreeSet<>(facts.keySet());
        facts.forEach((path, f) -> f.kustomization().ifPresent(k -> link(path, k)));
    }

    /** The index's scope view, rebuilt when the Kubernetes facts changed since the last call. */
    static ScopeIndex of(WorkspaceIndex index) {
        long version = index.version(); // read before the facts: a change meanwhile makes the next call look again
        synchronized (CACHE) {
            ScopeIndex known = CACHE.get(index);
            if (known != null && known.version == version) {
                return known;
            }
        }
        Map<String, ManifestFacts> current = index.all(ManifestFacts.class);
        synchronized (CACHE) {
            ScopeIndex known = CACHE.get(index);
            if (known != null && known.facts.equals(current)) {
                known.version = version;
                return known;
            }
            ScopeIndex fresh = new ScopeIndex(current, version);
            CACHE.put(index, fresh);
            return fresh;
        }
    }

    Map<String, ManifestFacts> facts() {
        return facts;
    }

    boolean isPatchFile(String path) {
        return patchFiles.contains(path);
    }

    private void link(String kustomization, KustomizationFact k) {
        String folder = folderOf(kustomization);
        List<String> in = new ArrayList<>();
        for (String entry : concat(k.resources(), k.components())) {
            String resolved = resolve(folder, entry);
            if (facts.containsKey(resolved) && !resolved.equals(kustomization)) {
                in.add(resolved);
            } else {
                for (String name : KustomizePaths.FILE_NAMES) {
                    String file = resolved.isEmpty() ? name : resolved + "/" + name;
                    if (facts.containsKey(file) && !file.equals(kustomization)) {
                        in.add(file);
                        break;
                    }
                }
            }
        }
        includes.put(kustomization, List.copyOf(in));
        in.forEach(file -> users.computeIfAbsent(file, f -> new ArrayList<>()).add(kustomization));
        for (String patch : k.patches()) {
            String resolved = resolve(folder, patch);
            patchFiles.add(resolved);
            users.computeIfAbsent(resolved, f -> new ArrayList<>()).add(kustomization);
        }
    }

    /** The other files in {@code path}'s scope. */
    Members membersOf(String path) {
        return members.computeIfAbsent(path, this::computeMembers);
    }

    private Members computeMembers(String path) {
        Set<String> roots = new LinkedHashSet<>();
        if (includes.containsKey(path)) {
            roots.add(path);
        }
        Deque<String> todo = new ArrayDeque<>(users.getOrDefault(path, List.of()));
        while (!todo.isEmpty()) {
            String user = todo.pop();
            if (roots.add(user)) {
                todo.addAll(users.getOrDefault(user, List.of()));
            }
        }
        Set<String> files = new LinkedHashSet<>();
        if (!roots.isEmpty()) {
            roots.forEach(root -> files.addAll(closure(root)));
        } else {
            String folder = folderOf(path);
            String prefix = folder.isEmpty() ? "" : folder + "/";
            for (String file : prefix.isEmpty() ? sorted : sorted.subSet(prefix, prefix + "\uffff")) {
                if (!patchFiles.contains(file)) {
                    files.add(file);
                }
            }
        }
        files.remove(path);
        return new Members(List.copyOf(files), !roots.isEmpty());
    }

    /** A kustomization and everything it brings in, transitively. */
    private Set<String> closure(String kustomization) {
        Set<String> known = closures.get(kustomization);
        if (known != null) {
            return known;
        }
        Set<String> out = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(kustomization));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (out.add(next)) {
                todo.addAll(includes.getOrDefault(next, List.of()));
            }
        }
        Set<String> done = Collections.unmodifiableSet(out);
        closures.put(kustomization, done);
        return done;
    }

    static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    static String resolve(String folder, String written) {
        return WorkspaceIndex.normalize(folder.isEmpty() ? written : folder + "/" + written);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
