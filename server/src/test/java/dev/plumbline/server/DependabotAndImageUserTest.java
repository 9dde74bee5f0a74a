package dev.plumbline.server;

import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.server.testing.LspSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Through JSON-RPC with the built-in rules: an open {@code .github/dependabot.yml} (sent as plain
 * {@code yaml}, as editors do) gets the Dependabot rules' diagnostics, and a manifest's
 * {@code k8s/non-root-unverifiable} follows the Dockerfile on disk that its image is built from.
 */
class DependabotAndImageUserTest {

    private final LspSession session = LspSession.start(BuiltinRules.registry(), BuiltinRules.configResolver());

    @TempDir
    Path workspace;

    @AfterEach
    void tearDown() {
        session.close();
    }

    private static List<String> codes(PublishDiagnosticsParams params, String code) {
        return params.getDiagnostics().stream().map(d -> d.getCode().getLeft()).filter(code::equals).toList();
    }

    private void initialize() {
        session.initialize(params -> params.setWorkspaceFolders(
                List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws"))));
    }

    @Test
    void aDependabotConfigurationIsChecked() throws IOException {
        Files.createDirectories(workspace.resolve(".github"));
        String text = "version: 2\nupdates:\n  - package-ecosystem: pip\n    directory: /\n"
                + "    schedule: {interval: weekly}\n    insecure-external-code-execution: allow\n";
        Path file = Files.writeString(workspace.resolve(".github/dependabot.yml"), text);
        String uri = file.toUri().toString();
        initialize();
        session.open(uri, "yaml", text);
        session.await(session.client.awaitPublish(uri, p -> codes(p, "gha/dependabot-execution").size() == 1
                && p.getDiagnostics().size() == 1));

        session.change(uri, 2, LspSession.edit(5, 38, 5, 43, "deny"));
        session.await(session.client.awaitPublish(uri, p -> p.getVersion() == 2 && p.getDiagnostics().isEmpty()));
    }

    @Test
    void aNonRootContainerFollowsTheDockerfileItsImageIsBuiltFrom() throws IOException {
        Files.createDirectories(workspace.resolve(".github/workflows"));
        Files.createDirectories(workspace.resolve("deploy"));
        Files.writeString(workspace.resolve(".github/workflows/release.yml"), """
                on: push
                jobs:
                  image:
                    runs-on: ubuntu-latest
                    steps:
                      - run: docker build -t ghcr.io/acme/api:"$GITHUB_SHA" .
                """);
        Path dockerfile = Files.writeString(workspace.resolve("Dockerfile"), "FROM alpine:3.20\nUSER app\n");
        String pod = """
                apiVersion: v1
                kind: Pod
                metadata: {name: api}
                spec:
                  securityContext: {runAsNonRoot: true}
                  containers:
                    - name: api
                      image: ghcr.io/acme/api:1.0.0
                """;
        Path manifest = Files.writeString(workspace.resolve("deploy/pod.yaml"), pod);
        String uri = manifest.toUri().toString();
        initialize();
        session.open(uri, "yaml", pod);
        session.await(session.client.awaitPublish(uri, p -> codes(p, "k8s/non-root-unverifiable").size() == 1));

        Files.writeString(dockerfile, "FROM alpine:3.20\nUSER 10001\n");
        session.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                List.of(new FileEvent(dockerfile.toUri().toString(), FileChangeType.Changed))));
        session.await(session.client.awaitPublish(uri, p -> codes(p, "k8s/non-root-unverifiable").isEmpty()));
    }
}
