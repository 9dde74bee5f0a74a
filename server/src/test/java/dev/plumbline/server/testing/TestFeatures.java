package dev.plumbline.server.testing;

import dev.plumbline.features.CompletionCandidate;
import dev.plumbline.features.EditorFeatures;
import dev.plumbline.features.HoverText;
import dev.plumbline.features.OutlineSymbol;
import dev.plumbline.features.TargetLocation;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Editor help for the test language: a line's first word is an "instruction" (hover, outline), a
 * word's first occurrence is its definition and every occurrence a reference, and completion offers
 * a plain keyword and a snippet; {@code EXPLODE} anywhere makes every feature throw.
 */
final class TestFeatures implements EditorFeatures<TextDocument> {

    private static final Pattern WORD = Pattern.compile("[A-Za-z][\\w-]*");

    @Override
    public Optional<HoverText> hover(TextDocument model, TextDocument document, Position position) {
        explodeIfAsked(document);
        return wordAt(document, position)
                .filter(range -> range.start().character() == 0)
                .map(range -> new HoverText("Instruction **" + document.textOf(range) + "**", range));
    }

    @Override
    public List<CompletionCandidate> complete(TextDocument model, TextDocument document, Position position) {
        explodeIfAsked(document);
        String line = document.lineText(position.line());
        int start = Math.min(position.character(), line.length());
        while (start > 0 && Character.isLetter(line.charAt(start - 1))) {
            start--;
        }
        Range typed = new Range(Position.of(position.line(), start), position);
        return List.of(
                CompletionCandidate.plain("SHOUT", CompletionCandidate.Kind.KEYWORD, "instruction", "Shouts.", typed),
                new CompletionCandidate("stage", CompletionCandidate.Kind.SNIPPET, "", "",
                        "FROM ${1:image} AS ${2:name}$0", true, typed));
    }

    @Override
    public List<OutlineSymbol> outline(TextDocument model, TextDocument document) {
        explodeIfAsked(document);
        List<OutlineSymbol> symbols = new ArrayList<>();
        for (int line = 0; line < document.lineCount(); line++) {
            Optional<Range> first = wordAt(document, Position.of(line, 0));
            if (first.isPresent()) {
                Range whole = document.lineRange(line);
                List<OutlineSymbol> words = new ArrayList<>();
                Matcher m = WORD.matcher(document.lineText(line));
                m.find();
                while (m.find()) {
                    Range word = Range.of(line, m.start(), line, m.end());
                    words.add(new OutlineSymbol(m.group(), OutlineSymbol.Kind.VARIABLE, "", word, word, List.of()));
                }
                symbols.add(new OutlineSymbol(document.textOf(first.get()), OutlineSymbol.Kind.FUNCTION, "line " + (line + 1),
                        whole, first.get(), words));
            }
        }
        return symbols;
    }

    @Override
    public List<TargetLocation> definition(TextDocument model, TextDocument document, Position position) {
        explodeIfAsked(document);
        return wordAt(document, position)
                .map(range -> TestLanguage.occurrences(document, document.textOf(range)).get(0))
                .map(range -> List.of(new TargetLocation(document.uri(), range)))
                .orElse(List.of());
    }

    @Override
    public List<TargetLocation> references(TextDocument model, TextDocument document, Position position,
            boolean includeDeclaration) {
        explodeIfAsked(document);
        return wordAt(document, position).map(range -> {
            List<Range> all = TestLanguage.occurrences(document, document.textOf(range));
            return all.subList(includeDeclaration ? 0 : 1, all.size()).stream()
                    .map(r -> new TargetLocation(document.uri(), r))
                    .toList();
        }).orElse(List.of());
    }

    private static Optional<Range> wordAt(TextDocument document, Position position) {
        if (position.line() >= document.lineCount()) {
            return Optional.empty();
        }
        Matcher m = WORD.matcher(document.lineText(position.line()));
        while (m.find()) {
            if (m.start() <= position.character() && position.character() <= m.end()) {
                return Optional.of(Range.of(position.line(), m.start(), position.line(), m.end()));
            }
        }
        return Optional.empty();
    }

    private static void explodeIfAsked(TextDocument document) {
        if (document.text().contains("EXPLODE")) {
            throw new IllegalStateException("asked to explode");
        }
    }
}
