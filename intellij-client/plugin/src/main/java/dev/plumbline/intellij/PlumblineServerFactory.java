package dev.plumbline.intellij;

import com.intellij.openapi.project.Project;
import com.redhat.devtools.lsp4ij.LanguageServerFactory;
import com.redhat.devtools.lsp4ij.client.LanguageClientImpl;
import com.redhat.devtools.lsp4ij.server.StreamConnectionProvider;
import org.jetbrains.annotations.NotNull;

/**
 * Registered in plugin.xml as the {@code com.redhat.devtools.lsp4ij.server} "plumbline": LSP4IJ
 * asks it for the process to start and the client that answers the server.
 */
public final class PlumblineServerFactory implements LanguageServerFactory {

    @Override
    public @NotNull StreamConnectionProvider createConnectionProvider(@NotNull Project project) {
        return new PlumblineServer(project);
    }

    @Override
    public @NotNull LanguageClientImpl createLanguageClient(@NotNull Project project) {
        return new PlumblineLanguageClient(project);
    }
}
