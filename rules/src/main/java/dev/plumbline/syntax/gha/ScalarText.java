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
        if (!content.exact()) {
            addEach(builder, content, document, 0, value.length());
            return builder.build();
        }
        for (ScalarContent.Line line : content.lines()) {
            int from = line.offset();
            int to = from + line.text().length();
            Range range = line.range();
            int start = offset(document, range.start());
            // a line whose characters span exactly as many columns as it has, and read the same, is copied verbatim
            if (range.start().line() == range.end().line() && offset(document, range.end()) - start == to - from
                    && document.text().startsWith(line.text(), start)) {
                builder.addRun(start, start + (to - from));
            } else {
                addEach(builder, content, document, from, to);
            }
            if (to < value.length()) {
                addEach(builder, content, document, to, to + 1); // the line break
            }
        }
        return builder.build();
    }

    /** Adds value characters [{@code from}, {@code to}) one by one, each with its own file span. */
    private static void addEach(MappedText.Builder builder, ScalarContent content, TextDocument document, int from,
            int to) {
        String value = content.value();
        for (int i = from; i < to; i++) {
            Range range = content.rangeOf(i, i + 1);
            int start = offset(document, range.start());
            int end = offset(document, range.end());
            // zero width for a line break the value adds without one in the file (a block scalar at EOF)
            builder.addDecoded(value.charAt(i), start, Math.max(0, end - start));
        }
    }

    private static int offset(TextDocument document, Position position) {
        return Math.min(document.offsetAt(position), document.text().length());
    }
}
