package dev.plumbline.intellij;

import com.google.gson.Gson;
import com.intellij.openapi.project.Project;
import com.redhat.devtools.lsp4ij.ServerStatus;
import com.redhat.devtools.lsp4ij.client.LanguageClientImpl;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Passes the settings: {@code workspace/configuration} for section "plumbline" is answered from
 * {@link #createSettings()}, and the settings are pushed once the server has started. They are the
 * template's settings.json, bundled as {@code /plumbline/settings.json}; per-project rule settings
 * belong in {@code .plumbline.yaml}, which lies over them.
 *
 * <p>Settings are plain maps, not Gson trees: LSP4IJ's default lookup wants its own Gson's
 * JsonObject, and which Gson copy a plugin class loader sees is not ours to choose.
 */
final class PlumblineLanguageClient extends LanguageClientImpl {

    static final String SETTINGS_RESOURCE = "/plumbline/settings.json";

    private static final Map<?, ?> SETTINGS = readSettings();

    PlumblineLanguageClient(Project project) {
        super(project);
    }

    @Override
    protected Object createSettings() {
        return SETTINGS;
    }

    /** The object at a dotted section ("plumbline"), or null, as LanguageClientImpl does for JSON trees. */
    @Override
    protected Object findSettings(String section) {
        Object current = createSettings();
        for (String part : section.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current instanceof Map<?, ?> ? current : null;
    }

    @Override
    public void handleServerStatusChanged(ServerStatus serverStatus) {
        if (serverStatus == ServerStatus.started) {
            triggerChangeConfiguration();
        }
    }

    private static Map<?, ?> readSettings() {
        try (InputStream in = PlumblineLanguageClient.class.getResourceAsStream(SETTINGS_RESOURCE)) {
            if (in == null) {
                return Map.of();
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                Map<?, ?> settings = new Gson().fromJson(reader, Map.class);
                return settings == null ? Map.of() : settings;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
