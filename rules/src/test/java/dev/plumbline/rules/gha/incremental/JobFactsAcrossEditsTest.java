package dev.plumbline.rules.gha.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.config.Config;
import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.Finding;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.rules.gha.support.JobFacts;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What is kept per job across keystrokes (the facts of whole-file rules such as
 * {@code template-injection}, {@code image-push-without-scan} and {@code duplicate-id} through
 * {@link JobFacts}; the part-local findings of a job that reads {@code needs}) gives what a fresh
 * analysis finds when an edit changes what it depends on: the workflow's env, another job's outputs,
 * the top-level keys after the jobs, or only the job's lines.
 */
class JobFactsAcrossEditsTest {

    private static final Analyzer ANALYZER = new Analyzer(BuiltinRules.registry(), message -> {
        throw new AssertionError(message);
    });
    private static final String URI = "file:///w/.github/workflows/ci.yml";
    private static final String PATH = ".github/workflows/ci.yml";

    private static final String WORKFLOW = """
            on: pull_request_target
            env:
              TITLE: ${{ github.event.pull_request.title }}
            jobs:
              a:
                runs-on: ubuntu-latest
                outputs:
                  t: ${{ github.event.pull_request.title }}
                steps:
                  - run: echo hi
              b:
                needs: a
                runs-on: ubuntu-latest
                steps:
                  - run: echo "${{ needs.a.outputs.t }}"
                  - run: echo "${{ env.TITLE }}"
                  - run: docker push x/y
              c:
                runs-on: ubuntu-latest
                steps:
                  - run: echo "${{ env.TITLE }}"
              d:
                runs-on: ubuntu-latest
                steps:
                  - id: one
                    run: echo 1
                  - id: two
                    run: echo 2
            """;

    private TextDocument document = TextDocument.of(URI, "yaml", 1, WORKFLOW);
    private AnalysisResult previous = ANALYZER.analyze(document, PATH, Config.DEFAULT, null, null, Cancellation.NONE);

    @Test
    void aKeptJobFollowsTheEditsThatChangeWhatItsFactsRead() {
        assertEquals(3, count("gha/template-injection"));
        assertEquals(1, count("gha/image-push-without-scan"));
        edit("    steps:\n      - run: echo hi", "    steps:\n      - run: echo there"); // job a only
        assertEquals(3, count("gha/template-injection"));
        edit("  t: ${{ github.event.pull_request.title }}", "  t: ${{ github.sha }}"); // job a's output, read by b
        assertEquals(2, count("gha/template-injection"));
        assertEquals(0, count("gha/undefined-reference"));
        edit("  t: ${{ github.sha }}", "  u: ${{ github.sha }}"); // b reads an output a no longer has
        assertEquals(1, count("gha/undefined-reference"));
        edit("  u: ${{ github.sha }}", "  t: ${{ github.sha }}");
        assertEquals(0, count("gha/undefined-reference"));
        edit("  TITLE: ${{ github.event.pull_request.title }}", "  TITLE: ${{ github.sha }}"); // the workflow's env
        assertEquals(0, count("gha/template-injection"));
        edit("  TITLE: ${{ github.sha }}", "  TITLE: ${{ github.head_ref }}");
        assertEquals(2, count("gha/template-injection"));
        edit("jobs:\n  a:\n", "jobs:\n\n\n  a:\n"); // every job moves down
        assertEquals(2, count("gha/template-injection"));
        edit("      - run: docker push x/y\n", "      - run: docker push x/y\n      - run: grype x/y\n");
        assertEquals(0, count("gha/image-push-without-scan"), "job b scans now");
        edit("        run: echo 2\n", "        run: echo 2\ndefaults:\n  run:\n    shell: cmd\n");
        assertEquals(2, count("gha/template-injection"), "the keys after the jobs change every run script's shell");
    }

    @Test
    void aDuplicateStepIdFoundInAKeptJobNamesItsLineWhereverTheJobMoves() {
        assertEquals(0, count("gha/duplicate-id"));
        edit("id: two", "id: One");
        assertEquals(1, count("gha/duplicate-id"));
        edit("jobs:\n  a:\n", "jobs:\n\n  a:\n");
        edit("  b:\n", "  # b\n  b:\n");
        assertEquals(1, count("gha/duplicate-id"));
        edit("id: One", "id: three");
        assertEquals(0, count("gha/duplicate-id"));
    }

    @Test
    void factsAreKeptOnlyForAWorkflowThatSplitsIntoJobs() {
        WorkflowFile file = WorkflowFile.parse(document, Cancellation.NONE);
        assertTrue(JobFacts.of(file).isPresent());
        TextDocument anchored = TextDocument.of(URI, "yaml", 1, WORKFLOW.replace("runs-on: ubuntu-latest\n    outputs",
                "runs-on: &os ubuntu-latest\n    outputs"));
        assertTrue(JobFacts.of(WorkflowFile.parse(anchored, Cancellation.NONE)).isEmpty());
    }

    private long count(String rule) {
        return previous.findings().stream().filter(f -> f.ruleId().equals(rule)).count();
    }

    /** Replaces the one occurrence of {@code from}, analyses incrementally and compares with a fresh analysis. */
    private void edit(String from, String to) {
        String text = document.text();
        int at = text.indexOf(from);
        assertTrue(at >= 0 && text.indexOf(from, at + 1) < 0, "one occurrence of " + from);
        Range range = document.rangeOf(at, at + from.length());
        document = document.applyChanges(List.of(new TextEdit(range, to)), document.version() + 1);
        AnalysisResult incremental = ANALYZER.analyze(document, PATH, Config.DEFAULT, null, previous, Cancellation.NONE);
        AnalysisResult fresh = ANALYZER.analyze(document, PATH, Config.DEFAULT, null, null, Cancellation.NONE);
        assertEquals(render(fresh.findings()), render(incremental.findings()), "after the edit to:\n" + document.text());
        previous = incremental;
    }

    private static List<String> render(List<Finding> findings) {
        return findings.stream().map(f -> f.range() + " " + f.ruleId() + " " + f.severity() + " " + f.message() + " "
                + f.fixes() + " " + f.peers() + " " + f.related()).toList();
    }
}
