package dev.plumbline.syntax.dockerfile;

import dev.plumbline.syntax.shell.MappedText;
import dev.plumbline.syntax.shell.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Docker's own word rules for instruction arguments (not the shell's): words split at blanks
 * outside quotes, the directive's escape character, and quote removal as the builder does it.
 */
final class DockerWords {

    private DockerWords() {
    }

    /** Go's {@code unicode.IsSpace} for the characters that matter in Dockerfiles. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B'
                || c == '\u0085' || c == '\u00A0' || (c > 255 && Character.isSpaceChar(c));
    }

    /** Blank for Docker's {@code [\t\v\f\r ]+} splitting. */
    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** A word's logical span in the text it was split from. */
    record Span(int start, int end) {
    }

    /** Words separated by blanks outside quotes (Docker's {@code parseWords}); values unquoted. */
    static List<Word> quoteAware(MappedText text, int from, int to, char escape) {
        return words(text, quoteAwareSpans(text, from, to, escape), escape);
    }

    /** Words separated by blanks, quotes not considered (Docker's whitespace-delimited instructions). */
    static List<Word> plain(MappedText text, int from, int to, char escape) {
        return words(text, plainSpans(text, from, to), escape);
    }

    static List<Word> words(MappedText text, List<Span> spans, char escape) {
        List<Word> words = new ArrayList<>(spans.size());
        for (Span span : spans) {
            String raw = text.text().substring(span.start(), span.end());
            words.add(text.word(span.start(), span.end(), unquote(raw, escape)));
        }
        return words;
    }

    static List<Span> quoteAwareSpans(MappedText text, int from, int to, char escape) {
        List<Span> words = new ArrayList<>();
        String s = text.text();
        int i = from;
        while (i < to) {
            while (i < to && isSpace(s.charAt(i))) {
                i++;
            }
            if (i >= to) {
                break;
            }
            int start = i;
            char quote = 0;
            while (i < to) {
                char c = s.charAt(i);
                if (quote == 0) {
                    if (isSpace(c)) {
                        break;
                    }
                    if (c == '\'' || c == '"') {
                        quote = c;
                    } else if (c == escape && i + 1 < to) {
                        i++;
                    }
                } else if (c == quote) {
                    quote = 0;
                } else if (c == escape && quote != '\'' && i + 1 < to) {
                    i++;
                }
                i++;
            }
            words.add(new Span(start, Math.min(i, to)));
        }
        return words;
    }

    static List<Span> plainSpans(MappedText text, int from, int to) {
        List<Span> words = new ArrayList<>();
        String s = text.text();
        int i = from;
        while (i < to) {
            while (i < to && isBlank(s.charAt(i))) {
                i++;
            }
            if (i >= to) {
                break;
            }
            int start = i;
            while (i < to && !isBlank(s.charAt(i))) {
                i++;
            }
            words.add(new Span(start, i));
        }
        return words;
    }

    /** Removes quotes and escapes as Docker's word processing does; variables stay as written. */
    static String unquote(String raw, char escape) {
        if (raw.indexOf('\'') < 0 && raw.indexOf('"') < 0 && raw.indexOf(escape) < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        int n = raw.length();
        int i = 0;
        while (i < n) {
            char c = raw.charAt(i);
            if (c == escape) {
                if (i + 1 < n) {
                    out.append(raw.charAt(i + 1));
                }
                i += 2;
            } else if (c == '\'') {
                i++;
                while (i < n && raw.charAt(i) != '\'') {
                    out.append(raw.charAt(i++));
                }
                i++;
            } else if (c == '"') {
                i++;
                while (i < n && raw.charAt(i) != '"') {
                    char d = raw.charAt(i);
                    if (d == escape && i + 1 < n && isDoubleQuoteEscapable(raw.charAt(i + 1), escape)) {
                        out.append(raw.charAt(i + 1));
                        i += 2;
                    } else {
                        out.append(d);
                        i++;
                    }
                }
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    static boolean isDoubleQuoteEscapable(char c, char escape) {
        return c == '"' || c == '$' || c == escape;
    }
}
