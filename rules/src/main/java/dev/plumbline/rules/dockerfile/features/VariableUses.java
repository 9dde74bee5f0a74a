package dev.plumbline.rules.dockerfile.features;

import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.shell.MappedText;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.Range;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds {@code $NAME} and {@code ${NAME…}} in an instruction's text, with the exact range of each
 * name (through line continuations): not inside single quotes, not after an escape. Nested defaults
 * ({@code ${A:-$B}}) are found too.
 */
final class VariableUses {

    /** One reference: the name and where it is written. */
    record Found(String name, Range range, boolean braced) {
    }

    private VariableUses() {
    }

    /** The references after the keyword of {@code instruction} (flags and arguments). */
    static List<Found> in(Instruction instruction, char escape) {
        MappedText line = instruction.line();
        int from = VariableIndex.indexOf(line, instruction.keyword().endOffset());
        return in(line, from, line.length(), escape);
    }

    /** The references inside {@code word} of {@code instruction}. */
    static List<Found> in(Instruction instruction, Word word, char escape) {
        MappedText line = instruction.line();
        int from = VariableIndex.indexOf(line, word.startOffset());
        int to = Math.max(from, VariableIndex.indexOf(line, word.endOffset()));
        return in(line, from, to, escape);
    }

    static List<Found> in(MappedText text, int from, int to, char escape) {
        List<Found> out = new ArrayList<>();
        String s = text.text();
        boolean single = false;
        boolean dbl = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if ((c == escape || c == '\\') && !single) {
                i++;
            } else if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '"' && !single) {
                dbl = !dbl;
            } else if (c == '$' && !single && i + 1 < to) {
                boolean braced = s.charAt(i + 1) == '{';
                int start = braced ? i + 2 : i + 1;
                int end = start;
                while (end < to && isNameChar(s.charAt(end), end == start)) {
                    end++;
                }
                if (end > start) {
                    out.add(new Found(s.substring(start, end), text.range(start, end), braced));
                    i = end - 1;
                }
            }
        }
        return out;
    }

    static boolean isNameChar(char c, boolean first) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (!first && c >= '0' && c <= '9');
    }
}
