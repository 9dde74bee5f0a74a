package dev.plumbline.vscode;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The extension's folder and its JSON files, as the Maven build passes them in. */
final class ClientFiles {

    private ClientFiles() {
    }

    static Path dir() {
        return Path.of(System.getProperty("vscode.client.dir", ".")).toAbsolutePath().normalize();
    }

    static JsonObject json(String relative) throws IOException {
        return JsonParser.parseString(Files.readString(dir().resolve(relative))).getAsJsonObject();
    }
}
