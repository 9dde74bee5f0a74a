package dev.plumbline.server;

import static dev.plumbline.server.testing.LspSession.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.server.testing.LspSession;
import java.util.List;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GitHub Actions hover, completion, navigation and outline through JSON-RPC to the real server and rules. */
class WorkflowEditorFeaturesTest {

    private static final String URI = "file:///repo/.github/workflows/ci.yml";
    private static final TextDocumentIdentifier DOC = new TextDocumentIdentifier(URI);
    private static final String WORKFLOW = """
            on:
              pull_request:
                types: [opened]
            permissions:
              contents: read
            jobs:
              build:
                runs-on: ubuntu-latest
                timeout-minutes: 10
                outputs:
                  tag: ${{ steps.meta.outputs.tag }}
                steps:
                  - id: meta
                    run: echo "tag=1" >> "$GITHUB_OUTPUT"
              test:
                needs: build
                runs-on: ubuntu-latest
                timeout-minutes: 10
                steps:
                  - run: echo ${{ needs.build.outputs.tag }}
                  - uses: ./.github/actions/setup
            """;

    private final LspSession session = LspSession.start(BuiltinRules.registry(), BuiltinRules.configResolver());

    @BeforeEach
    void open() {
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
        session.open(URI, "yaml", WORKFLOW);
        session.await(session.client.diagnostics(URI, 1));
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    @Test
    void hoverExplainsKeysEventsAndExpressions() {
        Hover key = session.hover(URI, 7, 6);
        assertTrue(key.getContents().getRight().getValue().startsWith("**runs-on**"), key.getContents().getRight().getValue());
        assertEquals(range(7, 4, 7, 11), key.getRange());

        Hover event = session.hover(URI, 1, 4);
        assertTrue(event.getContents().getRight().getValue().startsWith("Event **pull_request**"));
        assertEquals(range(1, 2, 1, 14), event.getRange());

        Hover property = session.hover(URI, 19, 36);
        assertEquals("`needs.build.outputs` *(object)*\n\nThe outputs the job declares.",
                property.getContents().getRight().getValue());
        assertEquals(range(19, 34, 19, 41), property.getRange());
    }

    @Test
    void completionOffersKeysAndExpressionProperties() {
        List<CompletionItem> steps = complete(10, 22);
        assertEquals(List.of("meta"), steps.stream().map(CompletionItem::getLabel).toList());
        assertEquals(range(10, 21, 10, 22), steps.get(0).getTextEdit().getLeft().getRange());

        session.change(URI, 2, LspSession.edit(8, 4, 8, 23, "conc"));
        session.await(session.client.diagnostics(URI, 2));
        List<CompletionItem> keys = complete(8, 8);
        CompletionItem concurrency = keys.stream().filter(i -> i.getLabel().equals("concurrency")).findFirst().orElseThrow();
        assertEquals(range(8, 4, 8, 8), concurrency.getTextEdit().getLeft().getRange());
        assertEquals("concurrency: ", concurrency.getTextEdit().getLeft().getNewText());

    }

    @Test
    void definitionFollowsNeedsOutputsAndLocalActions() {
        assertEquals(List.of(range(6, 2, 6, 7)), definition(15, 12).stream().map(Location::getRange).toList());
        assertEquals(List.of(range(10, 6, 10, 9)), definition(19, 43).stream().map(Location::getRange).toList());
        List<? extends Location> action = definition(20, 20);
        assertEquals("file:///repo/.github/actions/setup/action.yml", action.get(0).getUri());
        assertEquals(range(0, 0, 0, 0), action.get(0).getRange());

        List<? extends DocumentHighlight> highlights = session.await(session.server.getTextDocumentService()
                .documentHighlight(new DocumentHighlightParams(DOC, new Position(6, 3))));
        assertEquals(List.of(range(6, 2, 6, 7), range(15, 11, 15, 16), range(19, 28, 19, 33)),
                highlights.stream().map(DocumentHighlight::getRange).toList());
    }

    @Test
    void referencesOfAStepIdAreTheExpressionsReadingIt() {
        ReferenceParams params = new ReferenceParams(DOC, new Position(12, 13), new ReferenceContext(true));
        assertEquals(List.of(range(12, 12, 12, 16), range(10, 21, 10, 25)),
                session.await(session.server.getTextDocumentService().references(params)).stream()
                        .map(Location::getRange).toList());
    }

    @Test
    void outlineShowsJobsWithTheirSteps() {
        List<DocumentSymbol> jobs = session.await(session.server.getTextDocumentService()
                .documentSymbol(new DocumentSymbolParams(DOC))).stream().map(e -> e.getRight()).toList();
        assertEquals(List.of("build", "test"), jobs.stream().map(DocumentSymbol::getName).toList());
        assertEquals(SymbolKind.Class, jobs.get(0).getKind());
        assertEquals(range(6, 2, 6, 7), jobs.get(0).getSelectionRange());
        assertEquals(List.of("echo ${{ needs.build.outputs.tag }}", "./.github/actions/setup"),
                jobs.get(1).getChildren().stream().map(DocumentSymbol::getName).toList());
    }

    private List<CompletionItem> complete(int line, int character) {
        return session.await(session.server.getTextDocumentService()
                .completion(new CompletionParams(DOC, new Position(line, character)))).getRight().getItems();
    }

    private List<? extends Location> definition(int line, int character) {
        return session.await(session.server.getTextDocumentService()
                .definition(new DefinitionParams(DOC, new Position(line, character)))).getLeft();
    }
}
