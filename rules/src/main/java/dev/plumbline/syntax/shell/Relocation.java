package dev.plumbline.syntax.shell;

import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Moves positioned text that an edit did not touch into a new snapshot: every offset by
 * {@code offsets}, every line by {@code lines}, columns unchanged. Valid for anything that lies on
 * whole lines after the edit (or before it, with both deltas 0), whose text and line breaks are the
 * same in both snapshots. Incremental parsers use it to reuse what they parsed before.
 *
 * @param offsets how far document offsets move
 * @param lines how far line numbers move
 * @param document the snapshot the moved text belongs to afterwards
 */
public record Relocation(int offsets, int lines, TextDocument document) {

    public Position position(Position position) {
        return lines == 0 ? position : new Position(position.line() + lines, position.character());
    }

    public Range range(Range range) {
        return lines == 0 ? range : range.shiftLines(lines);
    }

    public Word word(Word word) {
        return new Word(word.text(), word.value(), word.startOffset() + offsets, word.endOffset() + offsets,
                range(word.range()));
    }

    public Optional<Word> word(Optional<Word> word) {
        return word.map(this::word);
    }

    public List<Word> words(List<Word> words) {
        return all(words, this::word);
    }

    public MappedText text(MappedText text) {
        return text == null ? null : text.relocated(this);
    }

    public Redirect redirect(Redirect redirect) {
        return new Redirect(redirect.operator(), word(redirect.target()));
    }

    public Command command(Command command) {
        return command.relocated(this);
    }

    /** Every element moved, in order, as an unmodifiable list. */
    public static <E> List<E> all(List<E> elements, Function<E, E> move) {
        if (elements.isEmpty()) {
            return List.of();
        }
        List<E> out = new ArrayList<>(elements.size());
        for (E element : elements) {
            out.add(move.apply(element));
        }
        return Collections.unmodifiableList(out);
    }
}
