package dev.plumbline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which files {@code check} looks at when it walks folders. */
class WalkingTest {

    @TempDir
    Path dir;

    private void write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** The paths that got a finding, i.e. the files that were checked (every test file says WARN). */
    private static List<String> checkedPaths(CheckRun run) {
        return run.outLines().stream().map(line -> line.substring(0, line.indexOf(':'))).distinct().toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {".git", "node_modules", "target", "vendor", "third_party", ".venv", "bower_components",
            ".idea", ".cache"})
    void skipsDependencyBuildAndHiddenFolders(String folder) throws IOException {
        write("Dockerfile", "WARN\n");
        write(folder + "/Dockerfile", "WARN\n");
        write("sub/" + folder + "/deep/Dockerfile", "WARN\n");

        assertEquals(List.of("Dockerfile"), checkedPaths(CheckRun.fake(dir, ".")));
    }

    @Test
    void walksDotGithub() throws IOException {
        write(".github/workflows/Dockerfile.ci", "WARN\n");
        write(".github/actions/build/Dockerfile", "WARN\n");

        assertEquals(List.of(".github/actions/build/Dockerfile", ".github/workflows/Dockerfile.ci"),
                checkedPaths(CheckRun.fake(dir, ".")));
    }

    @Test
    void aSkippedFolderNamedOnTheCommandLineIsWalked() throws IOException {
        write("vendor/lib/Dockerfile", "WARN\n");
        write(".devcontainer/Dockerfile", "WARN\n");

        assertEquals(List.of("vendor/lib/Dockerfile"), checkedPaths(CheckRun.fake(dir, "vendor")));
        assertEquals(List.of(".devcontainer/Dockerfile"), checkedPaths(CheckRun.fake(dir, ".devcontainer")));
        assertEquals(List.of("vendor/lib/Dockerfile"), checkedPaths(CheckRun.fake(dir, "vendor/lib/Dockerfile")));
    }

    @Test
    void detectsKindsAsTheServerDoes() throws IOException {
        for (String name : List.of("Dockerfile", "Containerfile", "api.Dockerfile", "Dockerfile.prod", "dockerfile",
                "notes.txt", "Dockerfile-old/README", "docker-compose.yml")) {
            write("k/" + name, "WARN\n");
        }

        assertEquals(List.of("k/Containerfile", "k/Dockerfile", "k/Dockerfile.prod", "k/api.Dockerfile", "k/dockerfile"),
                checkedPaths(CheckRun.fake(dir, "k")));
    }

    @Test
    void respectsIgnoreGlobsOfTheNearestConfiguration() throws IOException {
        write(".plumbline.yaml", "ignore: [\"generated/**\", \"**/*.expected\"]\n");
        write("Dockerfile", "WARN\n");
        write("Dockerfile.expected", "WARN\n");
        write("generated/Dockerfile", "WARN\n");
        write("app/Dockerfile", "WARN\n");
        write("other/.plumbline.yaml", "ignore: []\n");
        write("other/Dockerfile.expected", "WARN\n");

        CheckRun run = CheckRun.fake(dir, ".");

        assertEquals(List.of("Dockerfile", "app/Dockerfile", "other/Dockerfile.expected"), checkedPaths(run),
                "a nearer configuration replaces the outer one");
        assertEquals(List.of("3 problems (3 warnings) in 5 files"), run.errLines(), "both configurations count as files");
    }

    @Test
    void anIgnoredFileNamedOnTheCommandLineStaysIgnored() throws IOException {
        write(".plumbline.yaml", "ignore: [\"generated/**\"]\n");
        write("generated/Dockerfile", "WARN\n");

        CheckRun run = CheckRun.fake(dir, "generated/Dockerfile");

        assertEquals("", run.out());
        assertEquals(List.of("0 problems in 1 file"), run.errLines(), "only the configuration was checked");
    }

    @Test
    void takesLinkedFilesButNeverFollowsLinkedFolders() throws IOException {
        write("real/Dockerfile", "WARN\n");
        Files.createDirectories(dir.resolve("links"));
        Files.createSymbolicLink(dir.resolve("links/Dockerfile"), dir.resolve("real/Dockerfile"));
        Files.createSymbolicLink(dir.resolve("links/loop"), dir);
        Files.createSymbolicLink(dir.resolve("links/dangling.Dockerfile"), dir.resolve("missing"));

        CheckRun run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CheckRun.fake(dir, "."));

        assertEquals(List.of("links/Dockerfile", "real/Dockerfile"), checkedPaths(run));
        assertEquals(CheckCommand.OK, run.exit());
    }

    @Test
    void aLinkedFolderNamedOnTheCommandLineIsWalked() throws IOException {
        write("real/Dockerfile", "WARN\n");
        Files.createSymbolicLink(dir.resolve("alias"), dir.resolve("real"));

        assertEquals(List.of("alias/Dockerfile"), checkedPaths(CheckRun.fake(dir, "alias")));
    }

    @Test
    void aPipeOnTheCommandLineIsRefusedRatherThanReadForever() throws Exception {
        Path fifo = dir.resolve("Dockerfile");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("mkfifo is not available: " + e.getMessage());
            return;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");

        CheckRun run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CheckRun.fake(dir, "Dockerfile"));
        CheckRun walked = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CheckRun.fake(dir, "."));

        assertEquals(CheckCommand.ERROR, run.exit());
        assertEquals(List.of("plumbline check: not a regular file or folder: Dockerfile"), run.errLines());
        assertEquals(CheckCommand.OK, walked.exit(), "a walk passes pipes by");
    }

    @Test
    void onlyFilesWhoseNameCouldBeOursAreRead() {
        for (String ours : List.of("Dockerfile", "a/Containerfile", "x.Dockerfile", "Dockerfile.dev", "k8s/app.yaml",
                "deploy.YML", ".github/workflows/ci.yml", "action.yaml", ".plumbline.yaml", ".plumbline.yml")) {
            assertEquals(true, FileChecker.mightBeOurs(dir.resolve(ours)), ours);
        }
        for (String notOurs : List.of("README.md", "logo.png", "Makefile", "values.json", "docker-compose.yml.bak", "yaml")) {
            assertEquals(false, FileChecker.mightBeOurs(dir.resolve(notOurs)), notOurs);
        }
    }
}
