package dev.plumbline.rules.gha.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.config.Config;
import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.Finding;
import dev.plumbline.engine.ModelParts;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A workflow whose tree a syntax error cuts inside a job still splits into parts (the header, the
 * whole jobs before it, the cut job), so the keystroke that makes the error and the one that takes it
 * out again re-check little; what they find is what a fresh analysis finds.
 */
class CutWorkflowPartsTest {

    private static final Analyzer ANALYZER = new Analyzer(BuiltinRules.registry(), message -> {
        throw new AssertionError(message);
    });
    private static final String URI = "file:///w/.github/workflows/ci.yml";
    private static final String PATH = ".github/workflows/ci.yml";
    private static final WorkflowParts PARTS = new WorkflowParts();

    @Test
    void anErrorInsideAJobKeepsTheJobsBeforeItAsParts() {
        String text = IncrementalWorkflowAnalysisTest.WORKFLOW.replace("    needs: [build]\n", "    needs: [build]\n x\n");
        List<ModelParts.Part> parts = PARTS.parts(WorkflowFile.parse(TextDocument.of(URI, "yaml", 1, text),
                Cancellation.NONE));
        assertEquals(3, parts.size(), "the header, build, and test cut by the error");
        assertEquals(Integer.MAX_VALUE / 2, parts.get(2).lastLine(), "the cut job runs to the end of the file");
    }

    @Test
    void anErrorInTheHeaderOrAfterTheJobsKeepsTheFileWhole() {
        String inHeader = IncrementalWorkflowAnalysisTest.WORKFLOW.replace("env:\n", "env:\n x\n y: 1\n");
        String inTail = IncrementalWorkflowAnalysisTest.WORKFLOW.replace("  group: ci\n", "  group: ci\n x\n y: 1\n");
        for (String text : List.of(inHeader, inTail)) {
            WorkflowFile file = WorkflowFile.parse(TextDocument.of(URI, "yaml", 1, text), Cancellation.NONE);
            assertTrue(file.yaml().hasProblems());
            assertEquals(1, PARTS.parts(file).size(), text);
        }
    }

    @Test
    void aCharacterOrALineBreakTypedAndTakenOutFindsWhatAFreshAnalysisFinds() throws IOException {
        List<Path> files = IncrementalWorkflowAnalysisTest.workflows();
        Random random = new Random(5);
        check(IncrementalWorkflowAnalysisTest.WORKFLOW, random, 60);
        for (Path file : files) {
            try {
                check(Files.readString(file, StandardCharsets.UTF_8), random, 6);
            } catch (AssertionError e) {
                throw new AssertionError(file + ": " + e.getMessage(), e);
            }
        }
    }

    /** Types {@code x}, a space or a line break at random places and takes it out again, as an editor would. */
    private static void check(String text, Random random, int keystrokes) {
        TextDocument document = TextDocument.of(URI, "yaml", 1, text);
        AnalysisResult previous = ANALYZER.analyze(document, PATH, Config.DEFAULT, null, null, Cancellation.NONE);
        for (int i = 0; i < keystrokes && document.lineCount() > 0; i++) {
            int line = random.nextInt(document.lineCount());
            int length = document.lineText(line).length();
            Position at = new Position(line, length == 0 ? 0 : random.nextInt(length + 1));
            String typed = List.of("x", " ", "\n", "-").get(random.nextInt(4));
            Position end = typed.equals("\n") ? new Position(line + 1, 0) : new Position(line, at.character() + 1);
            for (TextEdit edit : List.of(new TextEdit(Range.empty(at), typed), new TextEdit(new Range(at, end), ""))) {
                document = document.applyChanges(List.of(edit), document.version() + 1);
                AnalysisResult incremental = ANALYZER.analyze(document, PATH, Config.DEFAULT, null, previous,
                        Cancellation.NONE);
                AnalysisResult fresh = ANALYZER.analyze(document, PATH, Config.DEFAULT, null, null, Cancellation.NONE);
                assertEquals(render(fresh.findings()), render(incremental.findings()),
                        "after the edit to:\n" + document.text());
                previous = incremental;
            }
        }
    }

    private static List<String> render(List<Finding> findings) {
        return findings.stream().map(f -> f.range() + " " + f.ruleId() + " " + f.severity() + " " + f.message() + " "
                + f.fixes() + " " + f.peers() + " " + f.related()).sorted().toList();
    }
}
