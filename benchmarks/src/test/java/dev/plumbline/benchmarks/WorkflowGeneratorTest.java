package dev.plumbline.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.config.Config;
import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.Finding;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.text.TextDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's input is what it claims to be: a long, valid workflow every rule can read, the same every time. */
class WorkflowGeneratorTest {

    @Test
    void writesALongValidWorkflow() {
        String text = WorkflowGenerator.generate(1_000, 42);
        TextDocument document = TextDocument.of("file:///w/.github/workflows/ci.yml", "yaml", 1, text);
        WorkflowFile file = WorkflowFile.parse(document, Cancellation.NONE);

        assertTrue(document.lineCount() >= 1_000 && document.lineCount() < 1_100, "lines: " + document.lineCount());
        assertEquals(List.of(), file.yaml().problems());
        assertTrue(file.jobs().size() > 15, "jobs: " + file.jobs().size());
        assertTrue(file.expressions().sites().size() > 200, "expression sites: " + file.expressions().sites().size());
        AnalysisResult result = new Analyzer(BuiltinRules.registry())
                .analyze(document, ".github/workflows/ci.yml", Config.DEFAULT, Cancellation.NONE);
        List<String> broken = result.findings().stream().map(Finding::ruleId)
                .filter(id -> id.contains("syntax") || id.contains("internal") || id.contains("unknown-key")
                        || id.contains("undefined") || id.contains("wrong-type"))
                .distinct().toList();
        assertEquals(List.of(), broken);
        assertEquals(text, WorkflowGenerator.generate(1_000, 42));
    }
}
