package com.redhat.devtools.lsp4ij;

public enum ServerStatus {
    none, starting, started, stopping, stopped
}
