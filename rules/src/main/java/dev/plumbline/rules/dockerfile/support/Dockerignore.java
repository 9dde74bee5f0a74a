package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.workspace.FactsExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A {@code .dockerignore} file read the way the builder reads it: one pattern a line, {@code #}
 * comments, a leading {@code /} ignored, {@code !} for exceptions, {@code *}, {@code ?},
 * {@code [...]} within a path segment and {@code **} across segments. A pattern that matches a folder
 * excludes everything below it.
 *
 * @param patterns the exclusion patterns, in order (exceptions not included)
 * @param hasExceptions true when some line starts with {@code !}: then order decides, and rules that
 *     would have to replay it stay quiet
 */
public record Dockerignore(List<Pattern> patterns, List<String> written, boolean hasExceptions) {

    /** Puts every {@code .dockerignore} (and {@code <Dockerfile>.dockerignore}) into the workspace index. */
    public static final FactsExtractor<Dockerignore> EXTRACTOR = new FactsExtractor<>() {
        @Override
        public Class<Dockerignore> type() {
            return Dockerignore.class;
        }

        @Override
        public boolean accepts(String relativePath) {
            return relativePath.endsWith(".dockerignore");
        }

        @Override
        public Optional<Dockerignore> extract(String relativePath, String text) {
            return Optional.of(parse(text));
        }
    };

    public static Dockerignore parse(String text) {
        List<Pattern> patterns = new ArrayList<>();
        List<String> written = new ArrayList<>();
        boolean exceptions = false;
        for (String raw : text.split("\r?\n|\r")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("!")) {
                exceptions = true;
                continue;
            }
            String clean = clean(line);
            if (!clean.isEmpty()) {
                patterns.add(compile(clean));
                written.add(line);
            }
        }
        return new Dockerignore(List.copyOf(patterns), List.copyOf(written), exceptions);
    }

    /** The pattern that excludes {@code path} (relative to the context, forward slashes), if one does. */
    public Optional<String> excludedBy(String path) {
        String p = clean(path);
        if (p.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < patterns.size(); i++) {
            // the path itself or a folder above it
            for (String candidate = p; !candidate.isEmpty(); candidate = parent(candidate)) {
                if (patterns.get(i).matcher(candidate).matches()) {
                    return Optional.of(written.get(i));
                }
            }
        }
        return Optional.empty();
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static String clean(String pattern) {
        String p = pattern.replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/") && !p.isEmpty()) {
            p = p.substring(0, p.length() - 1);
        }
        return p.replaceAll("/+", "/");
    }

    private static Pattern compile(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                    boolean slashAfter = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                    regex.append(slashAfter ? "(?:.*/)?" : ".*");
                    i += slashAfter ? 2 : 1;
                } else {
                    regex.append("[^/]*");
                }
            } else if (c == '?') {
                regex.append("[^/]");
            } else if (c == '[') {
                int close = glob.indexOf(']', i + 1);
                if (close < 0) {
                    regex.append("\\[");
                } else {
                    String set = glob.substring(i + 1, close).replace("\\", "\\\\");
                    regex.append('[').append(set.startsWith("^") || set.startsWith("!") ? "^" + set.substring(1) : set).append(']');
                    i = close;
                }
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        try {
            return Pattern.compile(regex.toString());
        } catch (java.util.regex.PatternSyntaxException e) {
            return Pattern.compile(Pattern.quote(glob));
        }
    }
}
