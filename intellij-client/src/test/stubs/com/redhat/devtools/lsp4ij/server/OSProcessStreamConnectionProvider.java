package com.redhat.devtools.lsp4ij.server;

import com.intellij.execution.configurations.GeneralCommandLine;

public class OSProcessStreamConnectionProvider implements StreamConnectionProvider {
    public OSProcessStreamConnectionProvider() {
    }

    public void setCommandLine(GeneralCommandLine commandLine) {
    }
}
