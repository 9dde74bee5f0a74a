package dev.plumbline.server.diagnostics;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.Map;
import java.util.Optional;

/**
 * What a diagnostic's {@code data} carries so a code action request can find the finding again: the
 * rule, the document version the diagnostic was computed for, and the finding's index in that
 * analysis. Clients send it back untouched in {@code CodeActionContext.diagnostics}.
 */
public record DiagnosticData(String ruleId, int version, int index) {

    public JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("rule", ruleId);
        json.addProperty("version", version);
        json.addProperty("index", index);
        return json;
    }

    /** Reads {@code data} as the client returned it; empty when it is not ours or is damaged. */
    public static Optional<DiagnosticData> from(Object data) {
        JsonObject json;
        if (data instanceof JsonObject object) {
            json = object;
        } else if (data instanceof Map<?, ?> map) {
            json = new com.google.gson.Gson().toJsonTree(map).getAsJsonObject();
        } else {
            return Optional.empty();
        }
        Optional<String> rule = string(json.get("rule"));
        Optional<Integer> version = integer(json.get("version"));
        Optional<Integer> index = integer(json.get("index"));
        if (rule.isEmpty() || version.isEmpty() || index.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DiagnosticData(rule.get(), version.get(), index.get()));
    }

    private static Optional<String> string(JsonElement element) {
        return element instanceof JsonPrimitive p && p.isString() ? Optional.of(p.getAsString()) : Optional.empty();
    }

    private static Optional<Integer> integer(JsonElement element) {
        if (element instanceof JsonPrimitive p && p.isNumber()) {
            double value = p.getAsDouble();
            if (value == Math.rint(value) && Math.abs(value) <= Integer.MAX_VALUE) {
                return Optional.of((int) value);
            }
        }
        return Optional.empty();
    }
}
