package dev.plumbline.syntax.gha;

import dev.plumbline.syntax.shell.MappedText;
import dev.plumbline.syntax.yaml.ScalarContent;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;

/**
 * A scalar's value as {@link MappedText}: every character keeps the file span
 * {@link ScalarContent} gives it, so a shell word or an expression found in the value has its exact
 * range in the workflow file, in every scalar style ({@code |}, {@code >}, quoted, plain multi-line)
 * and with CRLF line breaks. When the content is not {@link ScalarContent#exact() exact}, every
 * character maps to the whole scalar.
 */
public final class ScalarText {

    private ScalarText() {
    }

    public static MappedText of(YamlScalar scalar, TextDocument document) {
        ScalarContent content = scalar.content();
        String value = content.value();
        MappedText.Builder builder = MappedText.builder(document, offset(document, content.positionAt(0)));
        for (int i = 0; i < value.length(); i++) {
            Range range = content.rangeOf(i, i + 1);
            int start = offset(document, range.start());
            int end = offset(document, range.end());
            builder.addDecoded(value.charAt(i), start, Math.max(1, end - start));
        }
        return builder.build();
    }

    private static int offset(TextDocument document, Position position) {
        return Math.min(document.offsetAt(position), document.text().length());
    }
}
