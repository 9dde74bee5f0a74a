package dev.plumbline.syntax.dockerfile;

import dev.plumbline.syntax.shell.MappedText;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.Range;
import java.util.List;

/**
 * The JSON array form of an instruction's arguments, e.g. {@code ["pip", "install", "x"]}. Each
 * element is a {@link Word} whose range covers the JSON string with its quotes and whose value is
 * the decoded string.
 */
public final class ExecForm {

    private final List<Word> elements;
    private final List<MappedText> values;
    private final Range range;

    ExecForm(List<Word> elements, List<MappedText> values, Range range) {
        this.elements = List.copyOf(elements);
        this.values = List.copyOf(values);
        this.range = range;
    }

    public List<Word> elements() {
        return elements;
    }

    /** The decoded value of element {@code index} mapped back to the document (inside the quotes). */
    public MappedText valueText(int index) {
        return values.get(index);
    }

    /** From {@code [} to {@code ]}. */
    public Range range() {
        return range;
    }
}
