package dev.plumbline.server.lsp;

import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.server.LanguageService;
import dev.plumbline.server.document.DocumentPaths;
import dev.plumbline.server.document.DocumentStore.ContentChange;
import dev.plumbline.server.features.CodeActionProvider;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * {@code textDocument/*}: each method checks its params, looks the document up and delegates. Params
 * that are missing or name an unknown document are logged and answered with nothing, never an error.
 */
public final class PlumblineTextDocumentService implements TextDocumentService {

    private final LanguageService service;

    public PlumblineTextDocumentService(LanguageService service) {
        this.service = service;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        TextDocumentItem item = params == null ? null : params.getTextDocument();
        if (item == null || item.getUri() == null) {
            service.log().warn("didOpen without a document; ignored.");
            return;
        }
        service.documents().open(item.getUri(), item.getLanguageId(), item.getVersion(),
                item.getText() == null ? "" : item.getText());
        service.scheduler().analyzeNow(item.getUri());
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        String uri = params == null || params.getTextDocument() == null ? null : params.getTextDocument().getUri();
        if (uri == null || params.getContentChanges() == null) {
            service.log().warn("didChange without a document or changes; ignored.");
            return;
        }
        List<ContentChange> changes = params.getContentChanges().stream()
                .filter(change -> change != null)
                .map(PlumblineTextDocumentService::toContentChange)
                .toList();
        Integer version = params.getTextDocument().getVersion();
        int next = version != null ? version : service.documents().get(uri).map(d -> d.version() + 1).orElse(0);
        if (service.documents().change(uri, changes, next).isEmpty()) {
            service.log().warn("didChange for " + uri + ", which is not open; ignored.");
            return;
        }
        service.scheduler().analyzeAfterDebounce(uri);
    }

    private static ContentChange toContentChange(TextDocumentContentChangeEvent event) {
        String text = event.getText() == null ? "" : event.getText();
        return new ContentChange(event.getRange() == null ? null : LspRanges.fromLsp(event.getRange()), text);
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = uriOf(params == null ? null : params.getTextDocument());
        if (uri == null) {
            service.log().warn("didClose without a document; ignored.");
            return;
        }
        service.closeDocument(uri);
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        String uri = uriOf(params == null ? null : params.getTextDocument());
        if (uri != null && DocumentPaths.isConfigFile(uri)) {
            service.configurationFilesChanged();
        }
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        String uri = uriOf(params == null ? null : params.getTextDocument());
        return withAnalysis(uri, "hover", result -> service.hover()
                .hover(result, service.workspaceOf(uri), LspRanges.fromLsp(params.getPosition()),
                        service.clientSupport().markdownHover())
                .orElse(null), null);
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        String uri = uriOf(params == null ? null : params.getTextDocument());
        return withAnalysis(uri, "codeAction", result -> {
            CodeActionProvider.Request request = new CodeActionProvider.Request(
                    LspRanges.fromLsp(params.getRange()),
                    params.getContext() == null ? List.of() : params.getContext().getDiagnostics(),
                    params.getContext() == null ? null : params.getContext().getOnly(),
                    service.clientSupport().documentChanges());
            return service.codeActions().actions(result, request);
        }, List.of());
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        String uri = uriOf(params == null ? null : params.getTextDocument());
        return withAnalysis(uri, "completion", result -> Either.forRight(service.completion().complete(
                result, service.workspaceOf(uri), LspRanges.fromLsp(params.getPosition()),
                service.clientSupport().snippets(), service.clientSupport().insertReplace())),
                Either.forRight(new CompletionList(false, List.of())));
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
        String uri = uriOf(params == null ? null : params.getTextDocument());
        return withAnalysis(uri, "documentSymbol",
                result -> service.outline().symbols(result, service.clientSupport().hierarchicalSymbols()), List.of());
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
            DefinitionParams params) {
        String uri = uriOf(params == null ? null : params.getTextDocument());
        return withAnalysis(uri, "definition", result -> Either.forLeft(
                service.navigation().definition(result, service.workspaceOf(uri),
                        LspRanges.fromLsp(params.getPosition()))),
                Either.forLeft(List.of()));
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        String uri = uriOf(params == null ? null : params.getTextDocument());
        boolean declaration = params != null && params.getContext() != null && params.getContext().isIncludeDeclaration();
        return withAnalysis(uri, "references", result -> service.navigation().references(
                result, LspRanges.fromLsp(params.getPosition()), declaration), List.of());
    }

    @Override
    public CompletableFuture<List<? extends DocumentHighlight>> documentHighlight(DocumentHighlightParams params) {
        String uri = uriOf(params == null ? null : params.getTextDocument());
        return withAnalysis(uri, "documentHighlight",
                result -> service.navigation().highlights(result, LspRanges.fromLsp(params.getPosition())), List.of());
    }

    /**
     * Runs {@code feature} on the current analysis off the JSON-RPC thread; a client's
     * {@code $/cancelRequest} reaches the engine through the bridged cancellation.
     */
    private <R> CompletableFuture<R> withAnalysis(String uri, String what, Function<AnalysisResult, R> feature, R none) {
        if (uri == null) {
            service.log().warn(what + " without a document; answered empty.");
            return CompletableFuture.completedFuture(none);
        }
        return CompletableFutures.computeAsync(service.requests(), (CancelChecker checker) -> {
            Cancellation cancellation = checker::isCanceled;
            Optional<AnalysisResult> result = service.current().of(uri, cancellation);
            if (result.isEmpty()) {
                service.log().warn(what + " for " + uri + ", which is not open; answered empty.");
                return none;
            }
            return feature.apply(result.get());
        });
    }

    private static String uriOf(TextDocumentIdentifier id) {
        return id == null ? null : id.getUri();
    }
}
