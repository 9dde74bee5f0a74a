package dev.plumbline.server.lsp;

import dev.plumbline.server.features.CodeActionProvider;
import dev.plumbline.server.features.CompletionProvider;
import java.util.List;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.PositionEncodingKind;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFoldersOptions;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;

/** What the server announces at {@code initialize}. */
public final class ServerCapabilitiesFactory {

    private ServerCapabilitiesFactory() {
    }

    public static ServerCapabilities create() {
        ServerCapabilities capabilities = new ServerCapabilities();
        // the text model counts UTF-16 code units end to end; utf-8 offers are declined
        capabilities.setPositionEncoding(PositionEncodingKind.UTF16);
        capabilities.setTextDocumentSync(textSync());
        capabilities.setHoverProvider(true);
        CompletionOptions completion = new CompletionOptions(false, CompletionProvider.TRIGGERS);
        capabilities.setCompletionProvider(completion);
        capabilities.setDocumentSymbolProvider(true);
        capabilities.setDefinitionProvider(true);
        capabilities.setReferencesProvider(true);
        capabilities.setDocumentHighlightProvider(true);
        CodeActionOptions codeActions = new CodeActionOptions(List.of(CodeActionKind.QuickFix, CodeActionProvider.FIX_ALL_KIND));
        codeActions.setResolveProvider(false);
        capabilities.setCodeActionProvider(codeActions);
        WorkspaceFoldersOptions folders = new WorkspaceFoldersOptions();
        folders.setSupported(true);
        folders.setChangeNotifications(true);
        capabilities.setWorkspace(new WorkspaceServerCapabilities(folders));
        return capabilities;
    }

    private static TextDocumentSyncOptions textSync() {
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        // didSave of a .plumbline.yaml re-analyses when the client cannot watch files for us
        sync.setSave(new SaveOptions(false));
        return sync;
    }
}
