package dev.plumbline.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.plumbline.cli.CheckCommand;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.server.testing.LspSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a repository must never make the editor run a program the repository chose: a
 * {@code .plumbline.yaml} naming a ShellCheck binary inside the repository is not followed by the
 * server, while the editor's own {@code plumbline.shellcheck.path} setting and {@code check}, which
 * the user runs on purpose, are.
 */
class ProgramPathTest {

    @TempDir
    Path repository;

    /** A "shellcheck" of the repository's own that leaves a mark when it runs. */
    private Path plantedBinary() throws IOException {
        Path binary = repository.resolve("tools/shellcheck");
        Files.createDirectories(binary.getParent());
        Files.writeString(binary, "#!/bin/sh\ntouch \"$(dirname \"$0\")/ran\"\necho '[]'\n");
        try {
            Files.setPosixFilePermissions(binary, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "needs POSIX file permissions");
        }
        Files.writeString(repository.resolve(".plumbline.yaml"),
                "dockerfile:\n  shellcheckPath: " + binary.toAbsolutePath() + "\n");
        Files.writeString(repository.resolve("Dockerfile"), "FROM alpine:3.20\nRUN echo hello\n");
        return binary.resolveSibling("ran");
    }

    @Test
    void theEditorDoesNotRunAProgramTheRepositoryNames() throws Exception {
        Path mark = plantedBinary();
        String uri = repository.resolve("Dockerfile").toUri().toString();
        try (LspSession session = LspSession.start(BuiltinRules.registry(), BuiltinRules.configResolver())) {
            session.initialize(params -> params.setWorkspaceFolders(
                    List.of(new WorkspaceFolder(repository.toUri().toString(), "repo"))));
            session.open(uri, Files.readString(repository.resolve("Dockerfile")));
            session.await(session.client.diagnostics(uri, 1));
        }
        assertFalse(Files.exists(mark), "the server ran the repository's tools/shellcheck");
    }

    @Test
    void theEditorsOwnSettingChoosesTheProgram() throws Exception {
        Path mark = plantedBinary();
        String uri = repository.resolve("Dockerfile").toUri().toString();
        String binary = repository.resolve("tools/shellcheck").toAbsolutePath().toString();
        try (LspSession session = LspSession.start(BuiltinRules.registry(), BuiltinRules.configResolver())) {
            session.initialize(params -> {
                params.setWorkspaceFolders(List.of(new WorkspaceFolder(repository.toUri().toString(), "repo")));
                params.setInitializationOptions(Map.of("shellcheck", Map.of("path", binary)));
            });
            session.open(uri, Files.readString(repository.resolve("Dockerfile")));
            session.await(session.client.diagnostics(uri, 1));
        }
        assertTrue(Files.exists(mark), "the program the user chose in the editor's settings should run");
    }

    @Test
    void checkRunsItBecauseTheUserAskedForIt() throws Exception {
        Path mark = plantedBinary();
        CheckCommand check = new CheckCommand(new Analyzer(BuiltinRules.registry()),
                BuiltinRules.configResolver(), repository);
        try (PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)) {
            check.execute(List.of("."), out, out);
        }
        assertTrue(Files.exists(mark), "check should honour dockerfile.shellcheckPath (this proves the test can see a run)");
    }
}
