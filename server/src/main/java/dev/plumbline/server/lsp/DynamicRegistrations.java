package dev.plumbline.server.lsp;

import com.google.gson.JsonObject;
import dev.plumbline.server.ServerLog;
import dev.plumbline.server.settings.SettingsParser;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Registers, after {@code initialized}, what can only be registered dynamically: file watchers for
 * {@code .plumbline.yaml} / {@code .plumbline.yml} and for every file (the workspace index), and configuration change notifications for the
 * {@code plumbline} section. Only what the client says it supports.
 */
public final class DynamicRegistrations {

    static final String WATCHER_ID = "plumbline-config-files";
    static final String CONFIGURATION_ID = "plumbline-configuration";

    private DynamicRegistrations() {
    }

    public static void register(LanguageClient client, ClientSupport support, ServerLog log) {
        List<Registration> registrations = new ArrayList<>();
        if (support.watchedFilesRegistration()) {
            // two plain globs rather than a brace pattern: not every client expands {a,b}
            // every file: cross-file checks read the workspace index, which follows the disk
            List<FileSystemWatcher> watchers = List.of(
                    new FileSystemWatcher(Either.forLeft("**/.plumbline.yaml")),
                    new FileSystemWatcher(Either.forLeft("**/.plumbline.yml")),
                    new FileSystemWatcher(Either.forLeft("**/*")));
            registrations.add(new Registration(WATCHER_ID, "workspace/didChangeWatchedFiles",
                    new DidChangeWatchedFilesRegistrationOptions(watchers)));
        }
        if (support.configurationRegistration()) {
            JsonObject options = new JsonObject();
            options.addProperty("section", SettingsParser.SECTION);
            registrations.add(new Registration(CONFIGURATION_ID, "workspace/didChangeConfiguration", options));
        }
        if (registrations.isEmpty()) {
            return;
        }
        client.registerCapability(new RegistrationParams(registrations)).exceptionally(failure -> {
            log.warn("The editor refused dynamic registration (" + failure + "); "
                    + ".plumbline.yaml changes apply when the file is saved in the editor.");
            return null;
        });
    }
}
