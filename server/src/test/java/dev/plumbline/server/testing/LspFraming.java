package dev.plumbline.server.testing;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a byte stream as LSP base-protocol messages, strictly: headers ending in CRLF CRLF with a
 * {@code Content-Length}, then exactly that many bytes of JSON. Anything else is an error, which is
 * how tests prove stdout carried nothing but the protocol.
 */
public final class LspFraming {

    private LspFraming() {
    }

    public static List<JsonObject> parse(byte[] bytes) {
        List<JsonObject> messages = new ArrayList<>();
        int at = 0;
        while (at < bytes.length) {
            int headerEnd = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), at);
            if (headerEnd < 0) {
                throw new IllegalArgumentException("bytes after the last message at offset " + at + ": "
                        + new String(bytes, at, Math.min(200, bytes.length - at), StandardCharsets.UTF_8));
            }
            int length = -1;
            for (String header : new String(bytes, at, headerEnd - at, StandardCharsets.US_ASCII).split("\r\n")) {
                if (header.startsWith("Content-Length: ")) {
                    length = Integer.parseInt(header.substring("Content-Length: ".length()).trim());
                } else if (!header.startsWith("Content-Type: ")) {
                    throw new IllegalArgumentException("not an LSP header at offset " + at + ": " + header);
                }
            }
            if (length < 0) {
                throw new IllegalArgumentException("message without Content-Length at offset " + at);
            }
            int bodyStart = headerEnd + 4;
            if (bodyStart + length > bytes.length) {
                throw new IllegalArgumentException("truncated message at offset " + at);
            }
            String body = new String(bytes, bodyStart, length, StandardCharsets.UTF_8);
            messages.add(JsonParser.parseString(body).getAsJsonObject());
            at = bodyStart + length;
        }
        return messages;
    }

    private static int indexOf(byte[] bytes, byte[] needle, int from) {
        outer:
        for (int i = from; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
