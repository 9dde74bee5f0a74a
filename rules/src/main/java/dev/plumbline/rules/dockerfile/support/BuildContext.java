package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.workspace.WorkspaceIndex;
import dev.plumbline.workspace.WorkspaceView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a Dockerfile is probably built from, as far as the workspace index can tell: its own
 * folder and the workspace root (a build context named elsewhere, by a workflow or compose file, is
 * not known yet). Every rule that uses it is closed-world: it only speaks when the index is complete.
 */
public final class BuildContext {

    /** Folders the workspace index does not walk, or that builds usually create before {@code docker build}. */
    private static final Set<String> UNINDEXED_OR_GENERATED = Set.of("node_modules", "target", "vendor", "third_party",
            "bower_components", ".git", ".venv", "dist", "build", "out", "bin", "obj", "release", "artifacts", "_output",
            "_build", "tmp", "generated");

    private final WorkspaceIndex index;
    private final String dockerfile;
    private final List<String> contexts;

    private BuildContext(WorkspaceIndex index, String dockerfile, List<String> contexts) {
        this.index = index;
        this.dockerfile = dockerfile;
        this.contexts = contexts;
    }

    /** The contexts of the analysed Dockerfile, once the workspace index is complete. */
    public static Optional<BuildContext> of(WorkspaceView view) {
        return view.ready().map(index -> {
            List<String> contexts = new ArrayList<>();
            contexts.add(view.selfFolder());
            if (!view.selfFolder().isEmpty()) {
                contexts.add("");
            }
            return new BuildContext(index, view.selfPath(), List.copyOf(contexts));
        });
    }

    /** The candidate context folders, the Dockerfile's own first ("" is the workspace root). */
    public List<String> contexts() {
        return contexts;
    }

    /**
     * The ignore file that applies when building from {@code context}: {@code <Dockerfile>.dockerignore}
     * next to the Dockerfile first (BuildKit prefers it), else {@code <context>/.dockerignore}.
     */
    public Optional<Dockerignore> ignoreFile(String context) {
        Optional<Dockerignore> specific = index.facts(dockerfile + ".dockerignore", Dockerignore.class);
        return specific.isPresent() ? specific : index.facts(join(context, ".dockerignore"), Dockerignore.class);
    }

    /** True when {@code source} (as written in COPY/ADD) names a file or folder in {@code context}. */
    public boolean exists(String context, String source) {
        String path = WorkspaceIndex.normalize(join(context, source));
        return path.isEmpty() || index.exists(path) || index.isDirectory(path);
    }

    /**
     * True when the index cannot know about {@code source}: it lies in a folder the index skips or that
     * builds create (node_modules, target, dist, …), in a hidden folder, or outside the workspace.
     */
    public static boolean isUnknowable(String source) {
        String normalized = WorkspaceIndex.normalize(source);
        if (normalized.startsWith("../") || normalized.equals("..")) {
            return true;
        }
        String[] segments = normalized.split("/");
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean folder = i < segments.length - 1;
            if (UNINDEXED_OR_GENERATED.contains(segment) || (folder && segment.startsWith("."))) {
                return true;
            }
        }
        return false;
    }

    private static String join(String folder, String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return folder.isEmpty() ? p : folder + "/" + p;
    }
}
