package dev.plumbline.rules.dockerfile.support;

import java.util.List;
import java.util.Locale;

/** What an ADD (or COPY) source is: a remote file, a git repository, a local tar archive, another local path. */
public enum AddSource {
    /** An http(s) URL to one file. */
    URL,
    /** A git repository ({@code git@…}, {@code git://…}, an URL ending in {@code .git}). */
    GIT,
    /** A local tar archive, possibly compressed, which ADD unpacks. */
    ARCHIVE,
    /** Any other local path. */
    LOCAL,
    /** Depends on a variable. */
    UNKNOWN;

    /** Suffixes of files ADD may unpack (it decides by content; compressed files may be tarballs). */
    private static final List<String> ARCHIVES = List.of(".tar", ".tgz", ".tbz", ".tbz2", ".txz", ".tzst", ".tlz",
            ".gz", ".bz2", ".xz", ".zst", ".lz", ".lzma");

    public static AddSource of(String source) {
        String s = source.toLowerCase(Locale.ROOT);
        if (s.contains("$")) {
            return UNKNOWN;
        }
        if (s.startsWith("git@") || s.startsWith("git://") || s.startsWith("ssh://")) {
            return GIT;
        }
        if (s.startsWith("http://") || s.startsWith("https://")) {
            String path = s;
            int cut = indexOfAny(path, '#', '?');
            if (cut >= 0) {
                path = path.substring(0, cut);
            }
            return path.endsWith(".git") ? GIT : URL;
        }
        for (String suffix : ARCHIVES) {
            if (s.endsWith(suffix)) {
                return ARCHIVE;
            }
        }
        return LOCAL;
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
