package com.redhat.devtools.lsp4ij.client;

import com.intellij.openapi.project.Project;
import com.redhat.devtools.lsp4ij.ServerStatus;

public class LanguageClientImpl {
    public LanguageClientImpl(Project project) {
    }

    protected Object findSettings(String section) {
        return null;
    }

    protected Object createSettings() {
        return null;
    }

    protected void triggerChangeConfiguration() {
    }

    public void handleServerStatusChanged(ServerStatus serverStatus) {
    }
}
