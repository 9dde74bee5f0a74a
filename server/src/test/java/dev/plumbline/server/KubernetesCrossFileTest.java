package dev.plumbline.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.server.testing.LspSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kubernetes cross-file rules through JSON-RPC with the built-in rules: an open manifest is judged
 * against the workspace's other manifests once the index has scanned them, and an edit that fixes the
 * reference clears the finding.
 */
class KubernetesCrossFileTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27.3
            """;

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

    @Test
    void aServiceIsJudgedAgainstTheWorkloadsOfItsKustomizeBuild() throws IOException {
        Files.createDirectories(workspace.resolve("base"));
        Files.createDirectories(workspace.resolve("overlay"));
        Files.writeString(workspace.resolve("base/kustomization.yaml"), "resources: [deployment.yaml]\n");
        Files.writeString(workspace.resolve("base/deployment.yaml"), DEPLOYMENT);
        Files.writeString(workspace.resolve("overlay/kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources: [../base, service.yaml]
                """);
        String service = """
                apiVersion: v1
                kind: Service
                metadata: {name: web}
                spec:
                  selector: {app: wbe}
                  ports: [{port: 80}]
                """;
        Files.writeString(workspace.resolve("overlay/service.yaml"), service);
        String uri = workspace.resolve("overlay/service.yaml").toUri().toString();
        session.initialize(params -> params.setWorkspaceFolders(
                List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws"))));
        session.open(uri, "yaml", service);
        session.await(session.client.awaitPublish(uri, p -> codes(p, "k8s/dangling-service").size() == 1));

        session.change(uri, 2, LspSession.edit(4, 18, 4, 21, "web"));
        session.await(session.client.awaitPublish(uri, p -> p.getVersion() == 2
                && codes(p, "k8s/dangling-service").isEmpty()));
    }

    @Test
    void aKustomizationPathIsCheckedAgainstTheDisk() throws IOException {
        Files.writeString(workspace.resolve("deployment.yaml"), DEPLOYMENT);
        String text = "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n"
                + "resources: [deployment.yaml, servcie.yaml]\n";
        Files.writeString(workspace.resolve("kustomization.yaml"), text);
        String uri = workspace.resolve("kustomization.yaml").toUri().toString();
        session.initialize(params -> params.setWorkspaceFolders(
                List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws"))));
        session.open(uri, "yaml", text);
        session.await(session.client.awaitPublish(uri, p -> codes(p, "k8s/kustomize-missing-path").size() == 1));
    }

    @Test
    void aKustomizationWithoutApiVersionAndKindIsCheckedToo() throws IOException {
        Files.writeString(workspace.resolve("deployment.yaml"), DEPLOYMENT);
        String text = "resources: [deployment.yaml, servcie.yaml]\n";
        Files.writeString(workspace.resolve("kustomization.yaml"), text);
        String uri = workspace.resolve("kustomization.yaml").toUri().toString();
        session.initialize(params -> params.setWorkspaceFolders(
                List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws"))));
        session.open(uri, "yaml", text);
        PublishDiagnosticsParams published = session.await(session.client.awaitPublish(uri,
                p -> codes(p, "k8s/kustomize-missing-path").size() == 1));
        assertEquals(1, published.getDiagnostics().size(), "nothing about the apiVersion and kind it leaves out");
    }

}
