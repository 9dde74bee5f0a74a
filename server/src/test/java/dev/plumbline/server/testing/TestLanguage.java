package dev.plumbline.server.testing;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Fix;
import dev.plumbline.engine.Language;
import dev.plumbline.engine.LanguageSupport;
import dev.plumbline.engine.Suppression;
import dev.plumbline.features.EditorFeatures;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the Dockerfile language while the real one is written: the model is the document
 * itself, {@code # plumbline ignore=<id>} silences the next line, and the ignore fix writes that
 * comment above the finding's line with the line's indentation.
 */
public final class TestLanguage implements LanguageSupport<TextDocument> {

    private static final Pattern IGNORE = Pattern.compile("^\\s*# plumbline ignore=(\\S+)");

    @Override
    public Language language() {
        return Language.DOCKERFILE;
    }

    @Override
    public TextDocument parse(TextDocument document, Cancellation cancellation) {
        return document;
    }

    @Override
    public List<Suppression> suppressions(TextDocument model, TextDocument document) {
        List<Suppression> found = new ArrayList<>();
        for (int line = 0; line + 1 < document.lineCount(); line++) {
            Matcher m = IGNORE.matcher(document.lineText(line));
            if (m.find()) {
                found.add(Suppression.plumbline(document.lineRange(line + 1), new HashSet<>(Arrays.asList(m.group(1).split(",")))));
            }
        }
        return found;
    }

    @Override
    public Optional<Fix> ignoreFix(TextDocument model, TextDocument document, Finding finding) {
        int line = finding.range().start().line();
        String text = document.lineText(line);
        String indent = text.substring(0, text.length() - text.stripLeading().length());
        return Optional.of(Fix.of("Ignore " + finding.ruleId(), TextEdit.insert(Position.of(line, 0),
                indent + "# plumbline ignore=" + finding.ruleId() + document.lineSeparator())));
    }

    @Override
    public EditorFeatures<TextDocument> features() {
        return new TestFeatures();
    }

    /** The range of every occurrence of {@code word} in the document (not inside ids like {@code test-shout}). */
    static List<Range> occurrences(TextDocument document, String word) {
        List<Range> ranges = new ArrayList<>();
        Matcher m = Pattern.compile("(?<![\\w-])" + Pattern.quote(word) + "(?![\\w-])").matcher(document.text());
        while (m.find()) {
            ranges.add(document.rangeOf(m.start(), m.end()));
        }
        return ranges;
    }
}
