package dev.plumbline.intellij;

import com.intellij.execution.configurations.GeneralCommandLine;
import com.intellij.ide.plugins.IdeaPluginDescriptor;
import com.intellij.ide.plugins.PluginManagerCore;
import com.intellij.openapi.extensions.PluginId;
import com.intellij.openapi.project.Project;
import com.redhat.devtools.lsp4ij.server.JavaProcessCommandBuilder;
import com.redhat.devtools.lsp4ij.server.OSProcessStreamConnectionProvider;
import java.nio.file.Path;
import java.util.List;

/**
 * The bundled server jar ({@code <plugin>/server/plumbline.jar}) run by the IDE's own Java.
 * JavaProcessCommandBuilder adds the debug agent when the LSP4IJ settings of server "plumbline" name
 * a debug port; OSProcessStreamConnectionProvider sends the process's stderr to the LSP console.
 */
final class PlumblineServer extends OSProcessStreamConnectionProvider {

    static final String PLUGIN_ID = "dev.plumbline";
    static final String SERVER_ID = "plumbline";

    PlumblineServer(Project project) {
        List<String> command = new JavaProcessCommandBuilder(project, SERVER_ID)
                .setJar(serverJar().toString())
                .create();
        setCommandLine(new GeneralCommandLine(command));
    }

    /** Kept beside lib/, never in it: the jar carries its own LSP4J, which must not meet LSP4IJ's. */
    static Path serverJar() {
        IdeaPluginDescriptor plugin = PluginManagerCore.getPlugin(PluginId.getId(PLUGIN_ID));
        if (plugin == null) {
            throw new IllegalStateException("Plugin " + PLUGIN_ID + " is not loaded");
        }
        return plugin.getPluginPath().resolve("server").resolve("plumbline.jar");
    }
}
