package dev.plumbline.server;

import static dev.plumbline.server.testing.LspSession.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.config.ConfigLoader;
import dev.plumbline.config.ConfigResolver;
import dev.plumbline.engine.RuleRegistry;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.server.testing.LspSession;
import java.util.List;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Kubernetes hover, completion, outline and definition through JSON-RPC to the real server and rules. */
class KubernetesEditorFeaturesTest {

    private static final String URI = "untitled:app.yaml";
    private static final TextDocumentIdentifier DOC = new TextDocumentIdentifier(URI);
    private static final String TEXT = """
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
                      image: nginx:1.27
                      imagePullPolicy:\s
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            spec:
              selector:
                app: web
              ports:
                - port: 80
            """;

    private LspSession session;

    @BeforeEach
    void start() {
        RuleRegistry registry = BuiltinRules.registry();
        session = LspSession.start(registry,
                new ConfigResolver(new ConfigLoader(key -> !registry.resolve(key, null).isEmpty())));
        session.initialize(params -> {
            TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
            CompletionCapabilities completion = new CompletionCapabilities();
            CompletionItemCapabilities item = new CompletionItemCapabilities();
            item.setSnippetSupport(true);
            completion.setCompletionItem(item);
            text.setCompletion(completion);
            DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
            symbols.setHierarchicalDocumentSymbolSupport(true);
            text.setDocumentSymbol(symbols);
            params.getCapabilities().setTextDocument(text);
        });
        session.open(URI, "yaml", TEXT);
        session.await(session.client.diagnostics(URI, 1));
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    @Test
    void hoverOnAKeyShowsItsSchema() {
        Hover hover = session.hover(URI, 13, 12);

        String text = hover.getContents().getRight().getValue();
        assertTrue(text.contains("**image** `string`"), text);
        assertTrue(text.contains("spec.template.spec.containers[].image"), text);
    }

    @Test
    void completionOffersEnumValuesAtTheCursor() {
        List<CompletionItem> items = session.await(session.server.getTextDocumentService()
                .completion(new CompletionParams(DOC, new Position(14, 27)))).getRight().getItems();

        assertEquals(List.of("Always", "IfNotPresent", "Never"), items.stream().map(CompletionItem::getLabel).toList());
        assertEquals(range(14, 27, 14, 27), items.get(0).getTextEdit().getLeft().getRange());
    }

    @Test
    void completionOfKeysInsertsASnippet() {
        List<CompletionItem> items = session.await(session.server.getTextDocumentService()
                .completion(new CompletionParams(DOC, new Position(3, 2)))).getRight().getItems();

        CompletionItem labels = items.stream().filter(i -> i.getLabel().equals("labels")).findFirst().orElseThrow();
        assertEquals("map[string]string", labels.getDetail());
        assertEquals(InsertTextFormat.Snippet, labels.getInsertTextFormat());
        assertEquals("labels:\n  $0", labels.getTextEdit().getLeft().getNewText());
        // a client without InsertReplaceEdit support inserts at the cursor: the word after it stays
        assertEquals(range(3, 2, 3, 2), labels.getTextEdit().getLeft().getRange());
    }

    @Test
    void outlineListsResourcesAndContainers() {
        List<Either<SymbolInformation, DocumentSymbol>> symbols = session.await(
                session.server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(DOC)));

        assertEquals(List.of("Deployment/web", "Service/web"), symbols.stream().map(s -> s.getRight().getName()).toList());
        DocumentSymbol deployment = symbols.get(0).getRight();
        assertEquals(range(3, 8, 3, 11), deployment.getSelectionRange());
        assertEquals(List.of("web"), deployment.getChildren().stream().map(DocumentSymbol::getName).toList());
        assertEquals(range(12, 16, 12, 19), deployment.getChildren().get(0).getSelectionRange());
    }

    @Test
    void definitionFromTheServiceSelectorGoesToTheDeployment() {
        List<? extends Location> targets = session.await(session.server.getTextDocumentService()
                .definition(new DefinitionParams(DOC, new Position(22, 10)))).getLeft();

        assertEquals(1, targets.size());
        assertEquals(URI, targets.get(0).getUri());
        assertEquals(range(3, 8, 3, 11), targets.get(0).getRange());
    }
}
