package dev.plumbline.server.lsp;

import dev.plumbline.server.LanguageService;
import dev.plumbline.server.document.DocumentPaths;
import java.util.List;
import java.util.Objects;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.eclipse.lsp4j.services.WorkspaceService;

/** {@code workspace/*}: settings, watched configuration files and workspace folders. */
public final class PlumblineWorkspaceService implements WorkspaceService {

    private final LanguageService service;

    public PlumblineWorkspaceService(LanguageService service) {
        this.service = service;
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        service.settings().didChangeConfiguration(params == null ? null : params.getSettings());
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        List<FileEvent> changes = params == null || params.getChanges() == null ? List.of() : params.getChanges();
        List<String> uris = changes.stream()
                .filter(Objects::nonNull)
                .map(FileEvent::getUri)
                .filter(Objects::nonNull)
                .toList();
        uris.forEach(uri -> DocumentPaths.filePath(uri)
                .filter(path -> service.documents().get(uri).isEmpty()) // an open editor's text wins
                .ifPresent(service.indexes()::fileChanged));
        if (uris.stream().anyMatch(DocumentPaths::isConfigFile)) {
            service.configurationFilesChanged();
        } else if (!uris.isEmpty()) {
            service.workspaceChanged();
        }
    }

    @Override
    public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
        WorkspaceFoldersChangeEvent event = params == null ? null : params.getEvent();
        if (event == null) {
            return;
        }
        folders(event.getRemoved()).forEach(uri -> DocumentPaths.filePath(uri).ifPresent(service.folders()::remove));
        folders(event.getAdded()).forEach(uri -> DocumentPaths.filePath(uri).ifPresent(service.folders()::add));
        service.configurationFilesChanged();
    }

    private static List<String> folders(List<WorkspaceFolder> folders) {
        return folders == null ? List.of()
                : folders.stream().filter(Objects::nonNull).map(WorkspaceFolder::getUri).filter(Objects::nonNull).toList();
    }
}
