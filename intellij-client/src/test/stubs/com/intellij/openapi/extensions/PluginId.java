package com.intellij.openapi.extensions;

public final class PluginId {
    public static PluginId getId(String idString) {
        throw new UnsupportedOperationException("stub");
    }
}
