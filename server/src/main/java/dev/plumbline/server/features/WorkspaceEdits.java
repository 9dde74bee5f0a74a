package dev.plumbline.server.features;

import dev.plumbline.server.lsp.LspRanges;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Wraps text edits of one document in a {@link WorkspaceEdit}: versioned {@code documentChanges} when
 * the client supports them (it then refuses the edit if the document moved on), plain {@code changes}
 * otherwise.
 */
public final class WorkspaceEdits {

    private WorkspaceEdits() {
    }

    public static WorkspaceEdit of(TextDocument document, List<TextEdit> edits, boolean documentChanges) {
        List<org.eclipse.lsp4j.TextEdit> lspEdits = edits.stream().map(LspRanges::toLsp).toList();
        if (!documentChanges) {
            return new WorkspaceEdit(Map.of(document.uri(), lspEdits));
        }
        VersionedTextDocumentIdentifier id = new VersionedTextDocumentIdentifier(document.uri(), document.version());
        TextDocumentEdit edit = new TextDocumentEdit(id,
                lspEdits.stream().<Either<org.eclipse.lsp4j.TextEdit, org.eclipse.lsp4j.SnippetTextEdit>>map(Either::forLeft).toList());
        return new WorkspaceEdit(List.of(Either.forLeft(edit)));
    }
}
