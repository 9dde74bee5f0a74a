package dev.plumbline.server.settings;

import dev.plumbline.server.ServerLog;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.lsp4j.ConfigurationItem;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Gets the {@code plumbline} settings from the editor, whichever way it offers them: pushed inside
 * {@code workspace/didChangeConfiguration}, or pulled with {@code workspace/configuration} when the
 * notification comes empty (vscode-languageclient's default). {@code initializationOptions} are the
 * base: a setting that is absent or bad falls back to them.
 */
public final class SettingsSync {

    private final SettingsParser parser;
    private final Consumer<ServerSettings> apply;
    private final Supplier<LanguageClient> client;
    private final ServerLog log;
    private volatile ServerSettings base = ServerSettings.DEFAULTS;
    private volatile boolean canPull;

    public SettingsSync(SettingsParser parser, Consumer<ServerSettings> apply, Supplier<LanguageClient> client,
            ServerLog log) {
        this.parser = parser;
        this.apply = apply;
        this.client = client;
        this.log = log;
    }

    /** At {@code initialize}: the options become the base and apply at once. */
    public void initialize(Object initializationOptions, boolean clientAnswersConfiguration) {
        canPull = clientAnswersConfiguration;
        base = parser.parse(initializationOptions, ServerSettings.DEFAULTS);
        apply.accept(base);
    }

    /** At {@code initialized}: ask for the current settings when the client can answer. */
    public void pullIfSupported() {
        if (canPull) {
            pull();
        }
    }

    public void didChangeConfiguration(Object settings) {
        if (SettingsParser.hasSection(settings)) {
            apply.accept(parser.parse(settings, base));
        } else if (canPull) {
            pull();
        } else if (settings != null) {
            // a client that pushes only other sections: the plumbline one is not set, so the base applies
            apply.accept(base);
        }
    }

    private void pull() {
        ConfigurationItem item = new ConfigurationItem();
        item.setSection(SettingsParser.SECTION);
        LanguageClient target = client.get();
        if (target == null) {
            return;
        }
        target.configuration(new ConfigurationParams(List.of(item)))
                .thenAccept(answers -> apply.accept(parser.parse(
                        answers == null || answers.isEmpty() ? null : answers.get(0), base)))
                .exceptionally(failure -> {
                    log.warn("Could not read the plumbline settings from the editor: " + failure);
                    return null;
                });
    }
}
