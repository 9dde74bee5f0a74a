package dev.plumbline.syntax.dockerfile;

import dev.plumbline.syntax.shell.MappedText;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.Range;
import java.util.Optional;

/**
 * A here-document of a RUN, COPY or ADD instruction: {@code <<EOF}, {@code <<-EOF} (leading tabs
 * stripped), {@code <<"EOF"} / {@code <<'EOF'} (no expansion).
 *
 * @param name the delimiter, unquoted
 * @param chomp true for {@code <<-}
 * @param expand false when the delimiter was quoted
 * @param opener the {@code <<EOF} word on the instruction line
 * @param body the body lines, line breaks included, exactly as in the document
 * @param terminator the delimiter line; empty when the heredoc is not terminated
 */
public record Heredoc(String name, boolean chomp, boolean expand, Word opener, MappedText body,
        Optional<Range> terminator) {

    /** The body text as written (tabs not stripped). */
    public String content() {
        return body.text();
    }

    public Range bodyRange() {
        return body.range();
    }

    public boolean isTerminated() {
        return terminator.isPresent();
    }
}
