package dev.plumbline.server;

import static dev.plumbline.server.testing.LspSession.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.server.testing.LspSession;
import dev.plumbline.testing.WidgetCrd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kubernetes editor help that crosses files, through JSON-RPC to the real server: go to definition
 * lands in the other manifest of the workspace, and a custom resource gets hover and completion from
 * a WidgetCrd.YAML defined in another file.
 */
class KubernetesWorkspaceFeaturesTest {

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
                      ports: [{name: http, containerPort: 8080}]
            """;
    private static final String SERVICE = """
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            spec:
              selector:
                app: web
              ports:
                - port: 80
                  targetPort: http
            """;
    /** One backend in the workspace, one not: the second's finding says the index has been scanned. */
    private static final String INGRESS = """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: web
            spec:
              rules:
                - http:
                    paths:
                      - path: /
                        pathType: Prefix
                        backend:
                          service: {name: web, port: {number: 80}}
                      - path: /admin
                        pathType: Prefix
                        backend:
                          service: {name: admin, port: {number: 80}}
            """;

    private final LspSession session = LspSession.start(BuiltinRules.registry(), BuiltinRules.configResolver());

    @TempDir
    Path workspace;

    @BeforeEach
    void layOut() throws IOException {
        Files.createDirectories(workspace.resolve("app"));
        Files.createDirectories(workspace.resolve("crds"));
        Files.writeString(workspace.resolve("app/deployment.yaml"), DEPLOYMENT);
        Files.writeString(workspace.resolve("app/service.yaml"), SERVICE);
        Files.writeString(workspace.resolve("app/ingress.yaml"), INGRESS);
        Files.writeString(workspace.resolve("crds/widget.yaml"), WidgetCrd.YAML);
        session.initialize(params -> params.setWorkspaceFolders(
                List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws"))));
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    private String uri(String path) {
        return workspace.resolve(path).toUri().toString();
    }

    /** Opens the Ingress and waits for its cross-file finding: from then on the index knows every file. */
    private void awaitIndex() {
        String ingress = uri("app/ingress.yaml");
        session.open(ingress, "yaml", INGRESS);
        session.await(session.client.awaitPublish(ingress, p -> codes(p).contains("k8s/dangling-ingress")));
    }

    private static List<String> codes(PublishDiagnosticsParams params) {
        return params.getDiagnostics().stream().map(d -> d.getCode().getLeft()).toList();
    }

    private List<? extends Location> definition(String uri, int line, int character) {
        return session.await(session.server.getTextDocumentService().definition(
                new DefinitionParams(new TextDocumentIdentifier(uri), new Position(line, character)))).getLeft();
    }

    @Test
    void definitionFromAServiceSelectorGoesToTheDeploymentInAnotherFile() {
        awaitIndex();
        String service = uri("app/service.yaml");
        session.open(service, "yaml", SERVICE);

        List<? extends Location> targets = definition(service, 6, 10);

        assertEquals(List.of(new Location(uri("app/deployment.yaml"), range(3, 8, 3, 11))), targets);
    }

    @Test
    void definitionFromAnIngressBackendGoesToTheServiceInAnotherFile() {
        awaitIndex();

        List<? extends Location> targets = definition(uri("app/ingress.yaml"), 11, 31);

        assertEquals(List.of(new Location(uri("app/service.yaml"), range(3, 8, 3, 11))), targets);
        assertEquals(List.of(), definition(uri("app/ingress.yaml"), 15, 31), "admin is defined nowhere");
    }

    @Test
    void aCustomResourceGetsHoverAndCompletionFromACrdInAnotherFile() {
        awaitIndex();
        String widget = uri("app/widget.yaml");
        String text = """
                apiVersion: example.com/v1
                kind: Widget
                metadata: {name: w}
                spec:
                  size: 3
                  color:\s
                """;
        session.open(widget, "yaml", text);

        Hover hover = session.hover(widget, 4, 3);
        assertTrue(hover.getContents().getRight().getValue().contains("How many widgets to make."),
                hover.getContents().getRight().getValue());
        assertEquals(range(4, 2, 4, 6), hover.getRange());

        List<CompletionItem> values = session.await(session.server.getTextDocumentService().completion(
                new CompletionParams(new TextDocumentIdentifier(widget), new Position(5, 9)))).getRight().getItems();
        assertEquals(List.of("red", "blue"), values.stream().map(CompletionItem::getLabel).toList());
    }

    @Test
    void aCrdInTheSameFileServesAnUntitledBufferToo() {
        String uri = "untitled:widgets.yaml";
        String text = WidgetCrd.YAML + """
                ---
                apiVersion: example.com/v1
                kind: Widget
                metadata: {name: w}
                spec:
                  size: 1
                  color: r
                """;
        session.open(uri, "yaml", text);
        int line = (int) text.lines().count() - 1;

        List<CompletionItem> values = session.await(session.server.getTextDocumentService().completion(
                new CompletionParams(new TextDocumentIdentifier(uri), new Position(line, 10)))).getRight().getItems();
        assertEquals(List.of("red", "blue"), values.stream().map(CompletionItem::getLabel).toList());
        Hover hover = session.hover(uri, line - 2, 3); // on "spec"
        assertTrue(hover.getContents().getRight().getValue().startsWith("**spec** `object`"),
                hover.getContents().getRight().getValue());
    }

}
