package dev.plumbline.workspace;

import java.util.Optional;

/**
 * The workspace as one file's rules see it: the index and where the file itself sits in it.
 *
 * @param selfPath the analysed file's path relative to the index root
 */
public record WorkspaceView(WorkspaceIndex index, String selfPath) {

    /** The folder of the analysed file, relative to the root ("" for the root). */
    public String selfFolder() {
        int slash = selfPath.lastIndexOf('/');
        return slash < 0 ? "" : selfPath.substring(0, slash);
    }

    /** A path written in the analysed file, resolved against its folder and normalized. */
    public String resolveFromSelf(String written) {
        String folder = selfFolder();
        return WorkspaceIndex.normalize(folder.isEmpty() ? written : folder + "/" + written);
    }

    /** The index, only once its first scan is done: before that, cross-file rules stay quiet. */
    public Optional<WorkspaceIndex> ready() {
        return index.isComplete() ? Optional.of(index) : Optional.empty();
    }
}
