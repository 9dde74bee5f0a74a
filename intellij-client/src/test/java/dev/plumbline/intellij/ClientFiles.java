package dev.plumbline.intellij;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the client's files are: the repository root comes from {@code -Dplumbline.repo} (set by the pom). */
final class ClientFiles {

    private ClientFiles() {
    }

    static Path repo() {
        String configured = System.getProperty("plumbline.repo");
        Path repo = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath().getParent();
        repo = repo.toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(repo.resolve("intellij-client")), "not the repository root: " + repo);
        return repo;
    }

    static Path template() {
        return repo().resolve("intellij-client/template/plumbline");
    }

    static Path plugin() {
        return repo().resolve("intellij-client/plugin");
    }

    static Path pluginResources() {
        return plugin().resolve("src/main/resources");
    }

    static Path testWorkspaces() {
        return repo().resolve("test-workspaces");
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
