package dev.plumbline.server.lsp;

import java.util.Optional;
import java.util.function.Function;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.MarkupKind;

/**
 * The client capabilities the server adapts to, read once at {@code initialize}. Anything the client
 * leaves out counts as unsupported, as LSP prescribes.
 *
 * @param documentChanges versioned edits in {@code WorkspaceEdit.documentChanges}
 * @param markdownHover hover content may be Markdown
 * @param watchedFilesRegistration {@code workspace/didChangeWatchedFiles} can be registered dynamically
 * @param configurationRegistration {@code workspace/didChangeConfiguration} can be registered dynamically
 * @param configurationPull the client answers {@code workspace/configuration}
 * @param snippets completion items may use snippet syntax
 * @param hierarchicalSymbols the outline may be a tree of {@code DocumentSymbol}s
 * @param insertReplace completion items may carry an {@code InsertReplaceEdit}, so the editor's own
 *     setting decides whether accepting one overwrites the rest of the word
 * @param relatedInformation diagnostics may list related places (the first definition a duplicate repeats)
 */
public record ClientSupport(boolean documentChanges, boolean markdownHover, boolean watchedFilesRegistration,
        boolean configurationRegistration, boolean configurationPull, boolean snippets, boolean hierarchicalSymbols,
        boolean insertReplace, boolean relatedInformation) {

    public static final ClientSupport NONE =
            new ClientSupport(false, false, false, false, false, false, false, false, false);

    public static ClientSupport from(ClientCapabilities capabilities) {
        if (capabilities == null) {
            return NONE;
        }
        Optional<ClientCapabilities> c = Optional.of(capabilities);
        return new ClientSupport(
                flag(c.map(ClientCapabilities::getWorkspace).map(w -> w.getWorkspaceEdit()), e -> e.getDocumentChanges()),
                // no stated preference: Markdown, which reads fine as text anyway
                c.map(ClientCapabilities::getTextDocument).map(t -> t.getHover()).map(h -> h.getContentFormat())
                        .map(formats -> formats.isEmpty() || formats.contains(MarkupKind.MARKDOWN)).orElse(true),
                flag(c.map(ClientCapabilities::getWorkspace).map(w -> w.getDidChangeWatchedFiles()),
                        w -> w.getDynamicRegistration()),
                flag(c.map(ClientCapabilities::getWorkspace).map(w -> w.getDidChangeConfiguration()),
                        w -> w.getDynamicRegistration()),
                flag(c.map(ClientCapabilities::getWorkspace), w -> w.getConfiguration()),
                flag(c.map(ClientCapabilities::getTextDocument).map(t -> t.getCompletion())
                        .map(completion -> completion.getCompletionItem()), item -> item.getSnippetSupport()),
                flag(c.map(ClientCapabilities::getTextDocument).map(t -> t.getDocumentSymbol()),
                        symbols -> symbols.getHierarchicalDocumentSymbolSupport()),
                flag(c.map(ClientCapabilities::getTextDocument).map(t -> t.getCompletion())
                        .map(completion -> completion.getCompletionItem()), item -> item.getInsertReplaceSupport()),
                flag(c.map(ClientCapabilities::getTextDocument).map(t -> t.getPublishDiagnostics()),
                        diagnostics -> diagnostics.getRelatedInformation()));
    }

    private static <T> boolean flag(Optional<T> holder, Function<T, Boolean> read) {
        return Boolean.TRUE.equals(holder.map(read).orElse(null));
    }
}
