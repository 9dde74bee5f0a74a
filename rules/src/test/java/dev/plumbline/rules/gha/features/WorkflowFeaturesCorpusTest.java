package dev.plumbline.rules.gha.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.CorpusWorkspace;
import dev.plumbline.text.Position;
import dev.plumbline.text.TextDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every editor feature at many places of every corpus workflow and action: nothing throws, and hover
 * finds something to say on most files (a canary for a locator that silently stopped working).
 */
class WorkflowFeaturesCorpusTest {

    private static final WorkflowFeatures FEATURES = new WorkflowFeatures();

    @TempDir
    static Path workspace;

    @Test
    void featuresNeverThrowOnTheCorpus() throws IOException {
        CorpusWorkspace corpus = CorpusWorkspace.layOutOrSkip(workspace);
        List<String> failures = new ArrayList<>();
        int files = 0;
        int withHover = 0;
        for (CorpusWorkspace.Entry entry : corpus.category("github-actions")) {
            files++;
            String text = Files.readString(entry.file(), StandardCharsets.UTF_8);
            boolean action = WorkflowFile.kindOf(entry.path()) == WorkflowFile.Kind.ACTION;
            TextDocument document = TextDocument.of("file:///corpus/" + entry.name()
                    + (action ? "/action.yml" : "/.github/workflows/x.yml"), "yaml", 0, text);
            WorkflowFile file = WorkflowFile.parse(document, Cancellation.NONE);
            boolean hovered = false;
            try {
                FEATURES.outline(file, document);
                for (int line = 0; line < document.lineCount(); line++) {
                    String lineText = document.lineText(line);
                    int indent = lineText.length() - lineText.stripLeading().length();
                    Position key = Position.of(line, Math.min(indent + 1, lineText.length()));
                    Position middle = Position.of(line, (indent + lineText.length()) / 2);
                    hovered |= FEATURES.hover(file, document, key).isPresent();
                    hovered |= FEATURES.hover(file, document, middle).isPresent();
                    FEATURES.definition(file, document, middle);
                    if (line % 4 == 0) {
                        FEATURES.references(file, document, key, true);
                    }
                    if (line % 25 == 0) {
                        FEATURES.complete(file, document, Position.of(line, lineText.length()));
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(entry.name() + ": " + e);
            }
            withHover += hovered ? 1 : 0;
        }
        assertEquals(List.of(), failures);
        assertTrue(files == 0 || withHover > files * 9 / 10, withHover + " of " + files + " files had a hover");
    }
}
