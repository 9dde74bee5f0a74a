package dev.plumbline.rules.k8s.support;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.syntax.yaml.YamlFile;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlParser;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.List;

/** Parses a YAML text and applies edits, for the edit helpers' tests. */
final class EditsSupport {

    final TextDocument document;
    final YamlFile yaml;

    EditsSupport(String text) {
        this.document = TextDocument.of("file:///t.yaml", text);
        this.yaml = YamlParser.parse(document, Cancellation.NONE);
    }

    /** The node at a path from the first document's root. */
    YamlNode at(Object... path) {
        return yaml.documents().get(0).root().orElseThrow().at(path).orElseThrow();
    }

    YamlMapping mapping(Object... path) {
        return at(path).asMapping().orElseThrow();
    }

    String apply(List<TextEdit> edits) {
        return document.applyEdits(edits, 1).text();
    }

    String apply(TextEdit edit) {
        return apply(List.of(edit));
    }

    /** True when the text parses without problems. */
    static boolean parses(String text) {
        return YamlParser.parse(TextDocument.of("file:///t.yaml", text), Cancellation.NONE).problems().isEmpty();
    }
}
