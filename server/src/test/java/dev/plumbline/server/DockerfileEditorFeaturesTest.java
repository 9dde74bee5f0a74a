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
import org.eclipse.lsp4j.InsertReplaceEdit;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Dockerfile editor features with the built-in rules, through JSON-RPC to the real server. */
class DockerfileEditorFeaturesTest {

    private static final String URI = "file:///project/Dockerfile";
    private static final TextDocumentIdentifier DOC = new TextDocumentIdentifier(URI);
    private static final String TEXT = """
            ARG TAG=1.22
            FROM golang:${TAG} AS build
            RUN go build -o /out/app .
            FROM alpine:3.19
            COPY --from=build /out/app /app
            """;

    private final LspSession session = LspSession.start(BuiltinRules.registry(), BuiltinRules.configResolver());

    @BeforeEach
    void open() {
        session.initialize(params -> {
            TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
            DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
            symbols.setHierarchicalDocumentSymbolSupport(true);
            text.setDocumentSymbol(symbols);
            CompletionItemCapabilities item = new CompletionItemCapabilities();
            item.setInsertReplaceSupport(true);
            text.setCompletion(new CompletionCapabilities(item));
            params.getCapabilities().setTextDocument(text);
        });
        session.open(URI, "dockerfile", TEXT);
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    @Test
    void hoverOnAVariableShowsItsValue() {
        var hover = session.hover(URI, 1, 15);
        String text = hover.getContents().getRight().getValue();
        assertTrue(text.contains("**`$TAG`** = `1.22`"), text);
        assertTrue(text.contains("Declared by `ARG TAG=1.22` on line 1"), text);
        assertEquals(range(1, 14, 1, 17), hover.getRange());
    }

    @Test
    void hoverOnAnInstructionExplainsIt() {
        var hover = session.hover(URI, 2, 1);
        assertTrue(hover.getContents().getRight().getValue().contains("**RUN** — Runs a command while building"));
    }

    @Test
    void completesStageNamesAfterFrom() {
        List<CompletionItem> items = complete(4, 17);
        assertEquals(List.of("build"), items.stream().map(CompletionItem::getLabel).toList());
        assertEquals(range(4, 12, 4, 17), items.get(0).getTextEdit().getLeft().getRange());
    }

    @Test
    void completionInsideAWordSaysWhatItOverwritesWhenTheEditorReplaces() {
        CompletionItem stage = complete(4, 14).get(0);
        assertEquals("build", stage.getLabel());
        InsertReplaceEdit edit = stage.getTextEdit().getRight();
        assertEquals(range(4, 12, 4, 14), edit.getInsert());
        assertEquals(range(4, 12, 4, 17), edit.getReplace());

        CompletionItem flag = complete(4, 7).stream().filter(i -> i.getLabel().equals("--from")).findFirst().orElseThrow();
        // "--from=" overwrites "--from=" and keeps the stage name after it
        assertEquals(range(4, 5, 4, 12), flag.getTextEdit().getRight().getReplace());
        assertEquals("--from=", flag.getTextEdit().getRight().getNewText());
    }

    @Test
    void outlineShowsTheStagesWithTheirInstructions() {
        List<Either<SymbolInformation, DocumentSymbol>> symbols = session.await(
                session.server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(DOC)));
        assertEquals(List.of("ARG TAG", "build", "alpine:3.19"),
                symbols.stream().map(s -> s.getRight().getName()).toList());
        DocumentSymbol build = symbols.get(1).getRight();
        assertEquals(range(1, 0, 2, 26), build.getRange());
        assertEquals(range(1, 22, 1, 27), build.getSelectionRange());
        assertEquals(List.of("RUN"), build.getChildren().stream().map(DocumentSymbol::getName).toList());
    }

    @Test
    void definitionReferencesAndHighlightsOfAStage() {
        assertEquals(List.of(range(1, 22, 1, 27)), definition(4, 14));
        ReferenceParams params = new ReferenceParams(DOC, new Position(1, 23), new ReferenceContext(true));
        assertEquals(List.of(range(1, 22, 1, 27), range(4, 12, 4, 17)),
                session.await(session.server.getTextDocumentService().references(params)).stream()
                        .map(Location::getRange).toList());
        List<? extends DocumentHighlight> highlights = session.await(session.server.getTextDocumentService()
                .documentHighlight(new DocumentHighlightParams(DOC, new Position(1, 15))));
        assertEquals(List.of(range(0, 4, 0, 7), range(1, 14, 1, 17)),
                highlights.stream().map(DocumentHighlight::getRange).toList());
    }

    @Test
    void navigationFollowsEditsOfTheDocument() {
        session.change(URI, 2, LspSession.edit(0, 0, 0, 0, "# base image tag\n"));
        session.await(session.client.diagnostics(URI, 2));
        assertEquals(List.of(range(2, 22, 2, 27)), definition(5, 14));
        assertEquals(List.of(range(1, 4, 1, 7)), definition(2, 15));
    }

    private List<CompletionItem> complete(int line, int character) {
        return session.await(session.server.getTextDocumentService()
                .completion(new CompletionParams(DOC, new Position(line, character)))).getRight().getItems();
    }

    private List<Range> definition(int line, int character) {
        return session.await(session.server.getTextDocumentService()
                .definition(new DefinitionParams(DOC, new Position(line, character)))).getLeft().stream()
                .map(Location::getRange).toList();
    }
}
