package dev.plumbline.rules.dockerfile.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An ignore comment in our syntax or hadolint's: {@code # plumbline [stage|global] ignore=<id>[,<id>] [reason]}
 * and {@code # hadolint [stage|global] ignore=DL3007,…}.
 *
 * @param tool {@code plumbline} or {@code hadolint}
 * @param scope where it applies
 * @param ids the ids named, in order
 * @param idsEnd the index in the comment text (after {@code #}) just after the last id
 */
public record SuppressionComment(String tool, Scope scope, List<String> ids, int idsEnd) {

    public static final String PLUMBLINE = "plumbline";
    public static final String HADOLINT = "hadolint";

    public enum Scope {
        /** The instruction right below the comment block. */
        INSTRUCTION,
        /** From the comment to the end of its stage. */
        STAGE,
        /** The whole file. */
        GLOBAL
    }

    /** Reads the text after {@code #}; empty when it is no ignore comment. */
    /** True when {@code text} holds {@code word} (any case) exactly from {@code start} to {@code end}. */
    private static boolean isWord(String text, int start, int end, String word) {
        return end - start == word.length() && text.regionMatches(true, start, word, 0, word.length());
    }

    public static Optional<SuppressionComment> parse(String text) {
        int i = skipBlanks(text, 0);
        int toolEnd = wordEnd(text, i);
        if (!isWord(text, i, toolEnd, PLUMBLINE) && !isWord(text, i, toolEnd, HADOLINT)) {
            return Optional.empty(); // most comments: told without copying them (every comment, every keystroke)
        }
        String tool = text.substring(i, toolEnd).toLowerCase(Locale.ROOT);
        i = skipBlanks(text, toolEnd);
        if (i == toolEnd) {
            return Optional.empty();
        }
        Scope scope = Scope.INSTRUCTION;
        int wordEnd = wordEnd(text, i);
        String word = text.substring(i, wordEnd).toLowerCase(Locale.ROOT);
        if (word.equals("stage") || word.equals("global")) {
            scope = word.equals("stage") ? Scope.STAGE : Scope.GLOBAL;
            int next = skipBlanks(text, wordEnd);
            if (next == wordEnd) {
                return Optional.empty();
            }
            i = next;
        }
        if (!text.regionMatches(true, i, "ignore=", 0, "ignore=".length())) {
            return Optional.empty();
        }
        i += "ignore=".length();
        List<String> ids = new ArrayList<>();
        int end = i;
        while (true) {
            int idEnd = i;
            while (idEnd < text.length() && isIdChar(text.charAt(idEnd))) {
                idEnd++;
            }
            if (idEnd == i) {
                break;
            }
            ids.add(text.substring(i, idEnd));
            end = idEnd;
            if (idEnd < text.length() && text.charAt(idEnd) == ',') {
                i = skipBlanks(text, idEnd + 1);
            } else {
                break;
            }
        }
        if (ids.isEmpty() || (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != ',')) {
            return Optional.empty();
        }
        return Optional.of(new SuppressionComment(tool, scope, List.copyOf(ids), end));
    }

    private static boolean isIdChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '/' || c == '.';
    }

    private static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
