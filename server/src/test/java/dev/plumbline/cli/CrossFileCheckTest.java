package dev.plumbline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.server.testing.TestRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} gives cross-file rules the repository around the files it checks. */
class CrossFileCheckTest {

    @TempDir
    Path dir;

    private List<String> readmeFindings(String... args) {
        return CheckRun.with(TestRules.withCrossFileRule().registry, dir, args).outLines().stream()
                .filter(line -> line.contains("dockerfile/test-needs-readme"))
                .toList();
    }

    @Test
    void seesTheWholeRepositoryEvenWhenOnlyAFolderIsChecked() throws IOException {
        Files.createDirectories(dir.resolve("repo/.git"));
        Files.createDirectories(dir.resolve("repo/app"));
        Files.writeString(dir.resolve("repo/app/Dockerfile"), "FROM alpine\n");

        assertEquals(List.of("repo/app/Dockerfile:1:1: warning dockerfile/test-needs-readme No README next to app/Dockerfile"),
                readmeFindings("repo/app"));

        Files.writeString(dir.resolve("repo/app/README"), "Done\n");
        assertEquals(List.of(), readmeFindings("repo/app"));

        Files.writeString(dir.resolve("repo/app/README"), "draft\n");
        assertEquals(1, readmeFindings("repo/app/Dockerfile").size(), "a file argument gets its repository too");
    }

    @Test
    void withoutARepositoryThePathArgumentIsTheWorkspace() throws IOException {
        Files.createDirectories(dir.resolve("plain/app"));
        Files.writeString(dir.resolve("plain/app/Dockerfile"), "FROM alpine\n");

        assertEquals(List.of("plain/app/Dockerfile:1:1: warning dockerfile/test-needs-readme No README next to app/Dockerfile"),
                readmeFindings("plain"));
    }

    @Test
    void anExplicitWorkspaceWinsOverTheRepository() throws IOException {
        Files.createDirectories(dir.resolve("repo/.git"));
        Files.createDirectories(dir.resolve("repo/services/api"));
        Files.writeString(dir.resolve("repo/services/api/Dockerfile"), "FROM alpine\n");

        assertEquals(List.of("repo/services/api/Dockerfile:1:1: warning dockerfile/test-needs-readme "
                        + "No README next to Dockerfile"),
                readmeFindings("--workspace", "repo/services/api", "repo"));
        assertEquals(2, CheckRun.with(TestRules.withCrossFileRule().registry, dir, "--workspace", "nowhere", "repo").exit(),
                "a --workspace that is not a folder is a usage error");
    }
}
