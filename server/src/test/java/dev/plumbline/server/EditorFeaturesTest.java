package dev.plumbline.server;

import static dev.plumbline.server.testing.LspSession.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.server.testing.LspSession;
import dev.plumbline.server.testing.TestRules;
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
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Completion, outline, navigation and language hover, through JSON-RPC to the real server. */
class EditorFeaturesTest {

    private static final String URI = "untitled:Dockerfile";
    private static final TextDocumentIdentifier DOC = new TextDocumentIdentifier(URI);

    private final LspSession session = LspSession.start(new TestRules());

    @AfterEach
    void tearDown() {
        session.close();
    }

    private void initialize(boolean rich) {
        session.initialize(params -> {
            TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
            CompletionCapabilities completion = new CompletionCapabilities();
            CompletionItemCapabilities item = new CompletionItemCapabilities();
            item.setSnippetSupport(rich);
            completion.setCompletionItem(item);
            text.setCompletion(completion);
            DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
            symbols.setHierarchicalDocumentSymbolSupport(rich);
            text.setDocumentSymbol(symbols);
            params.getCapabilities().setTextDocument(text);
        });
    }

    @Test
    void announcesTheFeatures() {
        InitializeResult result = session.initialize();
        var capabilities = result.getCapabilities();
        assertTrue(capabilities.getCompletionProvider().getTriggerCharacters().contains("-"));
        assertEquals(Boolean.TRUE, capabilities.getDocumentSymbolProvider().getLeft());
        assertEquals(Boolean.TRUE, capabilities.getDefinitionProvider().getLeft());
        assertEquals(Boolean.TRUE, capabilities.getReferencesProvider().getLeft());
        assertEquals(Boolean.TRUE, capabilities.getDocumentHighlightProvider().getLeft());
    }

    @Test
    void completionReplacesTheWordTypedAndKeepsSnippetsForClientsThatTakeThem() {
        initialize(true);
        session.open(URI, "FROM alpine\nSH\n");

        List<CompletionItem> items = complete(1, 2);

        assertEquals(List.of("SHOUT", "stage"), items.stream().map(CompletionItem::getLabel).toList());
        assertEquals(range(1, 0, 1, 2), items.get(0).getTextEdit().getLeft().getRange());
        assertEquals("SHOUT", items.get(0).getTextEdit().getLeft().getNewText());
        assertEquals(InsertTextFormat.Snippet, items.get(1).getInsertTextFormat());
        assertEquals("FROM ${1:image} AS ${2:name}$0", items.get(1).getTextEdit().getLeft().getNewText());
    }

    @Test
    void snippetsBecomePlainTextForClientsWithoutSnippetSupport() {
        initialize(false);
        session.open(URI, "SH\n");

        CompletionItem snippet = complete(0, 2).get(1);

        assertEquals(InsertTextFormat.PlainText, snippet.getInsertTextFormat());
        assertEquals("FROM image AS name", snippet.getTextEdit().getLeft().getNewText());
    }

    @Test
    void outlineIsATreeOrAFlatListAsTheClientAsks() {
        initialize(true);
        session.open(URI, "FROM alpine AS base\n\nRUN echo\n");

        List<Either<SymbolInformation, DocumentSymbol>> tree = symbols();
        assertEquals(2, tree.size());
        DocumentSymbol from = tree.get(0).getRight();
        assertEquals("FROM", from.getName());
        assertEquals(range(0, 0, 0, 4), from.getSelectionRange());
        assertEquals(List.of("alpine", "AS", "base"), from.getChildren().stream().map(DocumentSymbol::getName).toList());

        LspSession flat = LspSession.start(new TestRules());
        try {
            flat.initialize();
            flat.open(URI, "FROM alpine AS base\n");
            List<Either<SymbolInformation, DocumentSymbol>> list = flat.await(
                    flat.server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(DOC)));
            assertEquals(4, list.size());
            assertTrue(list.stream().allMatch(Either::isLeft));
            assertEquals("FROM", list.get(1).getLeft().getContainerName());
        } finally {
            flat.close();
        }
    }

    @Test
    void definitionReferencesAndHighlightsFollowTheLanguage() {
        initialize(true);
        session.open(URI, "FROM alpine AS base\nFROM base\nCOPY --from=base /a /b\n");

        List<? extends Location> definition = session.await(session.server.getTextDocumentService()
                .definition(new DefinitionParams(DOC, new Position(2, 13)))).getLeft();
        assertEquals(1, definition.size());
        assertEquals(URI, definition.get(0).getUri());
        assertEquals(range(0, 15, 0, 19), definition.get(0).getRange());

        ReferenceParams references = new ReferenceParams(DOC, new Position(1, 6), new ReferenceContext(false));
        assertEquals(List.of(range(1, 5, 1, 9), range(2, 12, 2, 16)),
                session.await(session.server.getTextDocumentService().references(references)).stream()
                        .map(Location::getRange).toList());

        List<? extends DocumentHighlight> highlights = session.await(session.server.getTextDocumentService()
                .documentHighlight(new DocumentHighlightParams(DOC, new Position(0, 16))));
        assertEquals(3, highlights.size());
    }

    @Test
    void hoverShowsWhatTheLanguageSaysWhenNoFindingIsThere() {
        initialize(true);
        session.open(URI, "FROM alpine\n");

        Hover hover = session.hover(URI, 0, 2);

        assertEquals("Instruction **FROM**", hover.getContents().getRight().getValue());
        assertEquals(range(0, 0, 0, 4), hover.getRange());
    }

    @Test
    void hoverOverAFindingAddsTheLanguageTextAfterTheRuleDocs() {
        initialize(true);
        session.open(URI, "shout it\n");
        session.await(session.client.diagnostics(URI, 1));

        String text = session.hover(URI, 0, 1).getContents().getRight().getValue();

        assertTrue(text.startsWith("**Word \"shout\" is not shouted**"), text);
        assertTrue(text.endsWith("\n\n---\n\nInstruction **shout**"), text);
    }

    @Test
    void aFeatureThatThrowsAnswersNothingAndTheServerCarriesOn() {
        initialize(true);
        session.open(URI, "EXPLODE now\n");

        assertEquals(List.of(), complete(0, 3));
        assertEquals(List.of(), symbols());
        assertNull(session.hover(URI, 0, 9));
        session.await(session.client.diagnostics(URI, 1));
    }

    private List<CompletionItem> complete(int line, int character) {
        return session.await(session.server.getTextDocumentService()
                .completion(new CompletionParams(DOC, new Position(line, character)))).getRight().getItems();
    }

    private List<Either<SymbolInformation, DocumentSymbol>> symbols() {
        return session.await(session.server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(DOC)));
    }
}
