package dev.plumbline.rules.k8s.support;

import dev.plumbline.engine.LanguageDetector;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** How kustomize tells local paths from remote targets, and where a folder's kustomization file is. */
public final class KustomizePaths {

    /** The file names kustomize looks for in a folder, in its order. */
    public static final List<String> FILE_NAMES = LanguageDetector.KUSTOMIZATION_FILE_NAMES;

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*::|^[a-zA-Z][a-zA-Z0-9+.-]*://");

    private KustomizePaths() {
    }

    /**
     * True for URLs ({@code https://…}, {@code git::…}, {@code ssh://…}, {@code git@host:…}) and
     * go-getter style repository paths whose first segment is a host name ({@code github.com/org/repo/x?ref=v1}).
     */
    public static boolean isRemote(String written) {
        String p = written.strip();
        if (SCHEME.matcher(p).find() || p.startsWith("git@") || p.contains("?ref=") || p.contains("?version=")) {
            return true;
        }
        int slash = p.indexOf('/');
        if (slash <= 0) {
            return false;
        }
        String first = p.substring(0, slash).toLowerCase(Locale.ROOT);
        return first.contains(".") && !first.equals(".") && !first.equals("..") && !first.endsWith(".yaml")
                && !first.endsWith(".yml") && !first.endsWith(".json") && first.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+(:\\d+)?");
    }

    /** The {@code ref} a remote target pins, or "" when it names none. */
    public static String ref(String written) {
        int query = written.indexOf('?');
        if (query < 0) {
            return "";
        }
        for (String parameter : written.substring(query + 1).split("&")) {
            if (parameter.startsWith("ref=") || parameter.startsWith("version=")) {
                return parameter.substring(parameter.indexOf('=') + 1);
            }
        }
        return "";
    }
}
