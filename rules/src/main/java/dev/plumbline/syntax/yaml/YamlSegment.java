package dev.plumbline.syntax.yaml;

/**
 * The slice of a file that holds one YAML document: what {@link YamlParser} parses on its own. A
 * parsed document depends only on the segment's text and start line, so an unchanged segment at the
 * same line can reuse its {@link YamlDocument} after an edit elsewhere.
 *
 * @param text the segment's text, starting at column 0 and including its final line break
 * @param startOffset where it starts in the file (UTF-16)
 * @param startLine the 0-based file line it starts on
 */
public record YamlSegment(String text, int startOffset, int startLine) {
}
