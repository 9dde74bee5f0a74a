package dev.plumbline.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.plumbline.docs.RuleDoc;
import dev.plumbline.docs.RuleDocs;
import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Language;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.RuleRegistry;
import dev.plumbline.engine.Severity;
import dev.plumbline.server.Version;
import dev.plumbline.text.Range;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one run; {@code tool.driver} lists every rule that
 * has a result (sorted by id) with its title, docs summary and full docs page; each result points at
 * its rule by id and index and at a region relative to {@code %SRCROOT%} (the working directory).
 * Columns count UTF-16 code units; {@code endColumn} is the column just past the region.
 */
final class SarifReportWriter implements ReportWriter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";
    /** GitHub shows at most this many characters of a rule's short and full description. */
    static final int DESCRIPTION_LIMIT = 1024;

    private final RuleRegistry registry;
    private final Path workingDirectory;

    SarifReportWriter(RuleRegistry registry, Path workingDirectory) {
        this.registry = registry;
        this.workingDirectory = workingDirectory;
    }

    @Override
    public void write(CheckReport report, PrintStream out, PrintStream err) {
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        JsonArray rules = new JsonArray();
        for (String id : new TreeSet<>(report.findings().stream().map(r -> r.finding().ruleId()).toList())) {
            ruleIndex.put(id, rules.size());
            rules.add(rule(id));
        }
        JsonArray results = new JsonArray();
        for (CheckReport.Reported reported : report.findings()) {
            results.add(result(reported, ruleIndex.get(reported.finding().ruleId())));
        }

        JsonObject driver = new JsonObject();
        driver.addProperty("name", "Plumbline");
        driver.addProperty("version", Version.current());
        driver.add("rules", rules);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);

        JsonObject run = new JsonObject();
        run.add("tool", tool);
        run.add("originalUriBaseIds", baseIds());
        run.add("results", results);
        run.addProperty("columnKind", "utf16CodeUnits");
        JsonArray runs = new JsonArray();
        runs.add(run);

        JsonObject log = new JsonObject();
        log.addProperty("$schema", SCHEMA);
        log.addProperty("version", "2.1.0");
        log.add("runs", runs);
        JsonReportWriter.writeUtf8(log, out);
    }

    private JsonObject rule(String id) {
        Optional<RuleMeta> meta = registry.meta(id);
        Optional<RuleDoc> doc = RuleDocs.forRule(id);
        String title = meta.map(RuleMeta::title).orElse(id);
        String summary = doc.map(RuleDoc::summary).filter(s -> !s.isBlank()).orElse(title);

        JsonObject rule = new JsonObject();
        rule.addProperty("id", id);
        rule.addProperty("name", id);
        rule.add("shortDescription", text(limit(title)));
        rule.add("fullDescription", text(limit(summary)));
        JsonObject help = text(doc.map(RuleDoc::markdown).orElse(summary));
        doc.ifPresent(d -> help.addProperty("markdown", d.markdown()));
        rule.add("help", help);
        JsonObject configuration = new JsonObject();
        Severity severity = meta.map(RuleMeta::defaultSeverity).orElse(Severity.WARNING);
        configuration.addProperty("level", level(severity));
        rule.add("defaultConfiguration", configuration);
        JsonObject properties = new JsonObject();
        JsonArray tags = new JsonArray();
        tags.add(meta.map(RuleMeta::language).map(Language::domain).orElse(id.substring(0, Math.max(0, id.indexOf('/')))));
        properties.add("tags", tags);
        properties.addProperty("problem.severity", problemSeverity(severity));
        rule.add("properties", properties);
        return rule;
    }

    private static JsonObject result(CheckReport.Reported reported, int ruleIndex) {
        Finding f = reported.finding();
        JsonObject result = new JsonObject();
        result.addProperty("ruleId", f.ruleId());
        result.addProperty("ruleIndex", ruleIndex);
        result.addProperty("level", level(f.severity()));
        result.add("message", text(f.message()));

        JsonArray locations = new JsonArray();
        locations.add(location(reported.path(), f.range()));
        result.add("locations", locations);
        if (!f.related().isEmpty()) {
            JsonArray related = new JsonArray();
            for (int i = 0; i < f.related().size(); i++) {
                JsonObject place = location(reported.relatedPaths().get(i), f.related().get(i).range());
                place.addProperty("id", i);
                place.add("message", text(f.related().get(i).message()));
                related.add(place);
            }
            result.add("relatedLocations", related);
        }
        return result;
    }

    /** A SARIF location: the file (relative to {@code %SRCROOT%} when it can be) and the region. */
    private static JsonObject location(String path, Range range) {
        JsonObject artifact = new JsonObject();
        if (Path.of(path).isAbsolute()) {
            artifact.addProperty("uri", Path.of(path).toUri().toString());
        } else {
            artifact.addProperty("uri", uriReference(path));
            artifact.addProperty("uriBaseId", SRCROOT);
        }
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", artifact);
        physical.add("region", region(range));
        JsonObject location = new JsonObject();
        location.add("physicalLocation", physical);
        return location;
    }

    private static JsonObject region(Range range) {
        JsonObject region = new JsonObject();
        region.addProperty("startLine", range.start().line() + 1);
        region.addProperty("startColumn", range.start().character() + 1);
        region.addProperty("endLine", range.end().line() + 1);
        region.addProperty("endColumn", range.end().character() + 1);
        return region;
    }

    private JsonObject baseIds() {
        String uri = workingDirectory.toUri().toString();
        JsonObject root = new JsonObject();
        root.addProperty("uri", uri.endsWith("/") ? uri : uri + "/");
        JsonObject ids = new JsonObject();
        ids.add(SRCROOT, root);
        return ids;
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFORMATION, HINT -> "note";
        };
    }

    private static String problemSeverity(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFORMATION, HINT -> "recommendation";
        };
    }

    private static JsonObject text(String text) {
        JsonObject message = new JsonObject();
        message.addProperty("text", text);
        return message;
    }

    private static String limit(String text) {
        return text.length() <= DESCRIPTION_LIMIT ? text : text.substring(0, DESCRIPTION_LIMIT - 1) + "…";
    }

    /**
     * A relative path as a URI reference: each segment percent-encoded (UTF-8) except unreserved
     * characters and the sub-delimiters that are safe in a path; a colon only after the first
     * segment, so {@code a:b} is never read as a scheme.
     */
    static String uriReference(String relativePath) {
        StringBuilder out = new StringBuilder();
        boolean firstSegment = true;
        for (byte b : relativePath.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c == '/') {
                firstSegment = false;
                out.append(c);
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~!$&'()*+,;=@".indexOf(c) >= 0 || (c == ':' && !firstSegment)) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
