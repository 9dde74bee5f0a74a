package dev.plumbline.rules.dockerfile.features;

import dev.plumbline.features.CompletionCandidate;
import dev.plumbline.text.TextDocument;

/**
 * How far a completion overwrites when the editor replaces the whole word under the cursor instead of
 * inserting at it: through the rest of a variable name, or of a word up to the next separator. A
 * {@code key=} or {@code --flag=} proposal also takes the {@code =} that follows, and a {@code key=value}
 * proposal takes the value too, so accepting one never leaves {@code ==} behind.
 */
final class WholeWord {

    private WholeWord() {
    }

    static CompletionCandidate extend(CompletionCandidate candidate, TextDocument document, int offset) {
        if (document.offsetAt(candidate.replace().end()) != offset) {
            return candidate;
        }
        String text = document.text();
        boolean variable = candidate.kind() == CompletionCandidate.Kind.VARIABLE;
        int end = offset;
        while (end < text.length() && (variable ? VariableUses.isNameChar(text.charAt(end), false)
                : continuesWord(text.charAt(end)))) {
            end++;
        }
        String insert = candidate.insertText();
        if (!variable && end < text.length() && text.charAt(end) == '=' && insert.indexOf('=') >= 0) {
            end++;
            if (!insert.endsWith("=")) {
                while (end < text.length() && continuesWord(text.charAt(end))) {
                    end++;
                }
            }
        }
        return end == offset ? candidate : candidate.replacingTo(document.positionAt(end));
    }

    private static boolean continuesWord(char c) {
        return !Character.isWhitespace(c) && "=,$\"'(){}[]\\".indexOf(c) < 0;
    }
}
