package dev.plumbline.cli;

import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Related;
import dev.plumbline.engine.Severity;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code path:line:column: severity rule-id message}, one finding per line, 1-based like compilers
 * print them so terminals and editors make them clickable; a summary line goes to stderr.
 */
final class TextReportWriter implements ReportWriter {

    @Override
    public void write(CheckReport report, PrintStream out, PrintStream err) {
        for (CheckReport.Reported reported : report.findings()) {
            out.println(line(reported));
            for (String note : relatedLines(reported)) {
                out.println(note);
            }
        }
        out.flush();
        err.println(summary(report));
    }

    static String line(CheckReport.Reported reported) {
        Finding f = reported.finding();
        return reported.path() + ":" + f.range().start() + ": " + f.severity().jsonName() + " " + f.ruleId() + " "
                + oneLine(f.message());
    }

    /** One indented {@code path:line:column: note: message} line per related place, as compilers print notes. */
    static List<String> relatedLines(CheckReport.Reported reported) {
        List<String> lines = new ArrayList<>();
        List<Related> related = reported.finding().related();
        for (int i = 0; i < related.size(); i++) {
            lines.add("    " + reported.relatedPaths().get(i) + ":" + related.get(i).range().start() + ": note: "
                    + oneLine(related.get(i).message()));
        }
        return lines;
    }

    /** E.g. {@code 3 problems (1 error, 2 warnings) in 12 files}. */
    static String summary(CheckReport report) {
        List<String> parts = new ArrayList<>();
        addCount(parts, report.count(Severity.ERROR), "error", "errors");
        addCount(parts, report.count(Severity.WARNING), "warning", "warnings");
        addCount(parts, report.count(Severity.INFORMATION), "info", "info");
        addCount(parts, report.count(Severity.HINT), "hint", "hints");
        int total = report.findings().size();
        StringBuilder line = new StringBuilder();
        line.append(plural(total, "problem", "problems"));
        if (!parts.isEmpty()) {
            line.append(" (").append(String.join(", ", parts)).append(')');
        }
        line.append(" in ").append(plural(report.filesChecked(), "file", "files"));
        if (report.hiddenHints() > 0) {
            line.append("; ").append(plural(report.hiddenHints(), "hint", "hints")).append(" not shown (--include-hints)");
        }
        return line.toString();
    }

    private static void addCount(List<String> parts, long count, String one, String many) {
        if (count > 0) {
            parts.add(plural(count, one, many));
        }
    }

    private static String plural(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    private static String oneLine(String message) {
        return message.replaceAll("\\R", " ");
    }
}
