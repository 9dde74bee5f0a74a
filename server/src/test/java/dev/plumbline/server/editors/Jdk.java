package dev.plumbline.server.editors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Java installation the server jar can run on. The editor tests run the jar on the JDK running
 * the build and once on each other feature version installed (Java 21, 25 …), found in the folders
 * named by {@code -Dplumbline.jdkDirs} (path-separated), by default {@code /usr/lib/jvm} where
 * Debian's packages and Temurin's put them.
 */
record Jdk(Path home, int feature) {

    static final String DIRS_PROPERTY = "plumbline.jdkDirs";
    private static final String DEFAULT_DIRS = "/usr/lib/jvm";
    private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");

    Path java() {
        return home.resolve("bin").resolve("java");
    }

    /** The running JDK first, then one more JDK per other feature version, lowest first. */
    static List<Jdk> forEditorTests() {
        Jdk running = new Jdk(Path.of(System.getProperty("java.home")), Runtime.version().feature());
        Map<Integer, Jdk> others = new TreeMap<>();
        for (String dir : System.getProperty(DIRS_PROPERTY, DEFAULT_DIRS).split(java.io.File.pathSeparator)) {
            for (Path home : children(dir)) {
                of(home).filter(jdk -> jdk.feature() != running.feature()).ifPresent(jdk -> others.putIfAbsent(jdk.feature(), jdk));
            }
        }
        List<Jdk> jdks = new ArrayList<>();
        jdks.add(running);
        jdks.addAll(others.values());
        return jdks;
    }

    /** A JDK home: an executable bin/java and a {@code release} file naming the version. */
    static Optional<Jdk> of(Path home) {
        Path release = home.resolve("release");
        if (!Files.isExecutable(home.resolve("bin").resolve("java")) || !Files.isRegularFile(release)) {
            return Optional.empty();
        }
        try {
            Matcher version = JAVA_VERSION.matcher(Files.readString(release, StandardCharsets.UTF_8));
            return version.find() ? Optional.of(new Jdk(home, Integer.parseInt(version.group(1)))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static List<Path> children(String dir) {
        Path folder = Path.of(dir);
        if (dir.isBlank() || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "Java " + feature + " (" + home.getFileName() + ")";
    }
}
