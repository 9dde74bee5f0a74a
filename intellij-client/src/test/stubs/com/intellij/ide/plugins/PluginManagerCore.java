package com.intellij.ide.plugins;

import com.intellij.openapi.extensions.PluginId;
import org.jetbrains.annotations.Nullable;

public final class PluginManagerCore {
    /** Returns IdeaPluginDescriptorImpl in recent platforms, a subtype of IdeaPluginDescriptor. */
    public static @Nullable IdeaPluginDescriptor getPlugin(@Nullable PluginId id) {
        throw new UnsupportedOperationException("stub");
    }
}
