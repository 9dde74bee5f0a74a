package dev.plumbline.syntax.yaml;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.text.TextDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses YAML into positioned {@link YamlFile}s on snakeyaml-engine's event API (YAML 1.2, core
 * schema). The text is cut into one segment per document first and each segment is parsed on its
 * own, so a broken document never hides the others. Never throws on bad input and never expands
 * aliases; see {@link #MAX_DEPTH} and {@link #MAX_ALIAS_EXPANSION} for the bounds.
 */
public final class YamlParser {

    /** Collections nested deeper than this end the document's tree with a {@link YamlProblem.Kind#DEPTH_LIMIT}. */
    public static final int MAX_DEPTH = 256;

    /**
     * The most nodes the aliases of one document may stand for in total (each alias counts the
     * expanded size of its target). Aliases past it stay unresolved, with one
     * {@link YamlProblem.Kind#ALIAS_LIMIT}; so following every alias of a document visits at most its
     * written nodes plus this many.
     */
    public static final long MAX_ALIAS_EXPANSION = 100_000;

    private YamlParser() {
    }

    public static YamlFile parse(String text) {
        return parse(text, Cancellation.NONE);
    }

    public static YamlFile parse(TextDocument document) {
        return parse(document.text(), Cancellation.NONE);
    }

    public static YamlFile parse(TextDocument document, Cancellation cancellation) {
        return parse(document.text(), cancellation);
    }

    /** @throws java.util.concurrent.CancellationException when {@code cancellation} fires between documents */
    public static YamlFile parse(String text, Cancellation cancellation) {
        List<YamlDocument> documents = new ArrayList<>();
        for (YamlSegment segment : segments(text)) {
            cancellation.checkCanceled();
            documents.add(parseSegment(segment));
        }
        return new YamlFile(documents);
    }

    /**
     * Parses {@code text} reusing the documents of {@code previous} whose segment text and start
     * line are unchanged (an edit inside one document re-parses only that one, as long as it does
     * not add or remove lines before the others).
     */
    public static YamlFile reparse(String text, YamlFile previous, Cancellation cancellation) {
        Map<Integer, YamlDocument> byStartLine = new HashMap<>();
        for (YamlDocument document : previous.documents()) {
            byStartLine.put(document.startLine(), document);
        }
        List<YamlDocument> documents = new ArrayList<>();
        for (YamlSegment segment : segments(text)) {
            cancellation.checkCanceled();
            YamlDocument old = byStartLine.get(segment.startLine());
            documents.add(old != null && old.text().equals(segment.text()) ? old : parseSegment(segment));
        }
        return new YamlFile(documents);
    }

    /** The file cut into one segment per document (the unit a cache can reuse). */
    public static List<YamlSegment> segments(String text) {
        return DocumentSplitter.split(text);
    }

    /** Parses one segment; the result depends only on the segment's text and start line. */
    public static YamlDocument parseSegment(YamlSegment segment) {
        return DocumentBuilder.build(segment);
    }
}
