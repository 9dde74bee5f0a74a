package dev.plumbline.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.plumbline.engine.Finding;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The stable JSON format (documented in docs/cli.md):
 * {@code {"version":1,"findings":[{"path","rule","severity","message","line","column","endLine","endColumn"}]}}
 * with 1-based lines and columns (UTF-16 code units); the end is exclusive.
 */
final class JsonReportWriter implements ReportWriter {

    static final int FORMAT_VERSION = 1;

    static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    @Override
    public void write(CheckReport report, PrintStream out, PrintStream err) {
        JsonArray findings = new JsonArray();
        for (CheckReport.Reported reported : report.findings()) {
            findings.add(finding(reported));
        }
        JsonObject root = new JsonObject();
        root.addProperty("version", FORMAT_VERSION);
        root.add("findings", findings);
        writeUtf8(root, out);
    }

    private static JsonObject finding(CheckReport.Reported reported) {
        Finding f = reported.finding();
        JsonObject o = new JsonObject();
        o.addProperty("path", reported.path());
        o.addProperty("rule", f.ruleId());
        o.addProperty("severity", f.severity().jsonName());
        o.addProperty("message", f.message());
        o.addProperty("line", f.range().start().line() + 1);
        o.addProperty("column", f.range().start().character() + 1);
        o.addProperty("endLine", f.range().end().line() + 1);
        o.addProperty("endColumn", f.range().end().character() + 1);
        if (!f.related().isEmpty()) {
            JsonArray related = new JsonArray();
            for (int i = 0; i < f.related().size(); i++) {
                var place = f.related().get(i);
                JsonObject r = new JsonObject();
                r.addProperty("path", reported.relatedPaths().get(i));
                r.addProperty("message", place.message());
                r.addProperty("line", place.range().start().line() + 1);
                r.addProperty("column", place.range().start().character() + 1);
                r.addProperty("endLine", place.range().end().line() + 1);
                r.addProperty("endColumn", place.range().end().character() + 1);
                related.add(r);
            }
            o.add("related", related);
        }
        return o;
    }

    /** JSON is UTF-8 whatever the platform's default charset is. */
    static void writeUtf8(JsonObject root, PrintStream out) {
        byte[] bytes = (GSON.toJson(root) + "\n").getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
        out.flush();
    }
}
