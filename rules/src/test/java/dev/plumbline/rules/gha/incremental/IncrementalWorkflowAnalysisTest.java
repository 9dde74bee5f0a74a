package dev.plumbline.rules.gha.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.config.Config;
import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Language;
import dev.plumbline.engine.ModelParts;
import dev.plumbline.engine.RuleRegistry;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An analysis that starts from the previous one (re-parsing only the job an edit touched and
 * re-checking only the changed jobs with part-local rules) finds exactly what a fresh analysis
 * finds, fixes and peers included, over random editor changes to realistic workflows.
 */
class IncrementalWorkflowAnalysisTest {

    private static final RuleRegistry REGISTRY = BuiltinRules.registry();
    private static final Analyzer ANALYZER = new Analyzer(REGISTRY, message -> {
        throw new AssertionError(message);
    });
    private static final String URI = "file:///w/.github/workflows/ci.yml";
    private static final String PATH = ".github/workflows/ci.yml";

    /** Jobs that read each other (needs, outputs, untrusted input passed on), with findings of many rules. */
    static final String WORKFLOW = """
            name: CI
            on:
              pull_request_target:
              workflow_call:
                inputs:
                  level: {type: string}
                outputs:
                  version:
                    value: ${{ jobs.build.outputs.version }}
            env:
              REGISTRY: ghcr.io
            jobs:
              build:
                runs-on: ubuntu-latest
                outputs:
                  version: ${{ steps.meta.outputs.version }}
                  title: ${{ github.event.pull_request.title }}
                steps:
                  - uses: actions/checkout@v4
                    with:
                      ref: ${{ github.event.pull_request.head.sha }}
                  - id: meta
                    run: |
                      echo "version=1" >> "$GITHUB_OUTPUT"
                      npm install left-pad
                  - run: docker push ghcr.io/a/b:latest
              test:
                needs: [build]
                runs-on: ubuntu-lates
                container: node:latest
                steps:
                  - run: echo "${{ needs.build.outputs.title }} ${{ needs.build.outputs.nope }}"
                  - uses: actions/cache@v4
                    with:
                      path: ~/.npm
                      key: npm-${{ runner.os }}
                  - run: pip install requests
              scan:
                needs: build
                runs-on: ubuntu-latest
                permissions: write-all
                timeout-minutes: 5
                steps:
                  - uses: aquasecurity/trivy-action@master
                    continue-on-error: true
                  - run: echo "${{ secrets.TOKEN }}" ${{ toJSON(secrets) }}
            concurrency:
              group: ci
            """;

    private static final List<String> PIECES = List.of("x", "x", "x", " ", "\n", "\n    ", "#", ": ", "- ",
            "needs: build\n    ", "needs: [test, scan]\n    ", "${{ needs.build.outputs.version }}", "npm install x",
            "\n      - run: docker push a/b\n", "\n      - uses: aquasecurity/trivy-action@0.28.0\n",
            "permissions: {}\n    ", "continue-on-error: true\n        ", "outputs:\n      other: ${{ github.head_ref }}\n    ",
            "title", "version", "build", "'", "\"", "{", "&a ", "*a", "<<: {a: 1}\n    ", "\t", "\r\n", "uses: ./.github/x\n");

    private static Set<String> render(List<Finding> findings) {
        Set<String> out = new TreeSet<>();
        for (Finding f : findings) {
            out.add(f.range() + " " + f.ruleId() + " " + f.severity() + " " + f.message() + " " + f.fixes() + " "
                    + f.peers());
        }
        return out;
    }

    @Test
    void randomEditsOfTheSampleFindWhatAFreshAnalysisFinds() {
        Random random = new Random(3);
        for (int round = 0; round < 12; round++) {
            editRandomly(WORKFLOW, random, 25);
        }
    }

    @Test
    void randomEditsOfRealWorkflowsFindWhatAFreshAnalysisFinds() throws IOException {
        List<Path> files = workflows();
        assertTrue(files.size() >= 10, "workflows found: " + files.size());
        Random random = new Random(42);
        for (Path file : files) {
            try {
                editRandomly(Files.readString(file, StandardCharsets.UTF_8), random, 5);
            } catch (AssertionError e) {
                throw new AssertionError(file + ": " + e.getMessage(), e);
            }
        }
    }

    private static void editRandomly(String text, Random random, int steps) {
        TextDocument document = TextDocument.of(URI, "yaml", 1, text);
        AnalysisResult previous = ANALYZER.analyze(document, PATH, Config.DEFAULT, null, null, Cancellation.NONE);
        for (int step = 0; step < steps; step++) {
            String current = document.text();
            int start = random.nextInt(current.length() + 1);
            int end = random.nextInt(4) == 0 ? Math.min(current.length(), start + random.nextInt(30)) : start;
            String insert = PIECES.get(random.nextInt(PIECES.size()));
            Range range = document.rangeOf(start, end);
            if (document.offsetAt(range.start()) != start || document.offsetAt(range.end()) != end) {
                continue; // inside a CR LF or a surrogate pair: no position says that
            }
            document = document.applyChanges(List.of(new TextEdit(range, insert)), document.version() + 1);
            AnalysisResult incremental = ANALYZER.analyze(document, PATH, Config.DEFAULT, null, previous,
                    Cancellation.NONE);
            AnalysisResult fresh = ANALYZER.analyze(document, PATH, Config.DEFAULT, null, null, Cancellation.NONE);
            if (!render(fresh.findings()).equals(render(incremental.findings()))) {
                assertEquals(String.join("\n", render(fresh.findings())),
                        String.join("\n", render(incremental.findings())), "after the edit to:\n" + document.text());
            }
            assertEquals(fresh.findings().size(), incremental.findings().size());
            previous = incremental;
        }
    }

    @Test
    void anEditInOneJobLeavesTheOtherJobsPartsAsTheyWere() {
        WorkflowParts parts = new WorkflowParts();
        TextDocument document = TextDocument.of(URI, "yaml", 1, WORKFLOW);
        WorkflowFile before = WorkflowFile.parse(document, Cancellation.NONE);
        int at = WORKFLOW.indexOf("pip install") + 4;
        TextDocument edited = document.applyChanges(List.of(new TextEdit(Range.empty(document.positionAt(at)), "3")), 2);
        WorkflowFile after = WorkflowFile.reparse(before, edited, Cancellation.NONE);
        List<ModelParts.Part> old = parts.parts(before);
        List<ModelParts.Part> now = parts.parts(after);
        assertEquals(5, now.size(), "header, three jobs, the top-level keys after them");
        for (int i = 0; i < now.size(); i++) {
            if (i == 2) {
                assertNotEquals(old.get(i).identity(), now.get(i).identity());
            } else {
                assertEquals(old.get(i).identity(), now.get(i).identity());
            }
        }
        assertEquals(parts.context(before), parts.context(after));
        WorkflowFile restricted = parts.restrict(after, List.of(now.get(2)));
        assertEquals(List.of("build", "test"), restricted.jobs().stream().map(j -> j.id()).toList(),
                "the job and the job it needs");
    }

    @Test
    void everyRuleIsEitherPartLocalOrWholeFile() {
        Set<String> ids = new TreeSet<>();
        REGISTRY.binding(Language.GITHUB_ACTIONS).orElseThrow().rules().forEach(r -> ids.add(r.meta().id()));
        Set<String> classified = new TreeSet<>(WorkflowParts.LOCAL);
        classified.addAll(WorkflowParts.WHOLE_FILE);
        assertEquals(ids, classified);
        Set<String> both = new TreeSet<>(WorkflowParts.LOCAL);
        both.retainAll(WorkflowParts.WHOLE_FILE);
        assertEquals(Set.of(), both);
    }

    /** The workflows of the test workspaces and of the shared corpus. */
    static List<Path> workflows() throws IOException {
        List<Path> out = new ArrayList<>();
        Path workspaces = Path.of("").toAbsolutePath().resolveSibling("test-workspaces");
        List<Path> roots = new ArrayList<>(List.of(workspaces));
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path corpus = dir.resolve("shared").resolve("corpus");
            if (Files.isRegularFile(corpus.resolve("MANIFEST.tsv"))) {
                roots.add(corpus.resolve("github-actions"));
                break;
            }
        }
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
                        .filter(p -> p.toString().replace('\\', '/').contains(".github/workflows/")
                                || root.endsWith("github-actions"))
                        .filter(p -> !p.getFileName().toString().endsWith("action.yml")
                                && !p.getFileName().toString().endsWith("action.yaml"))
                        .sorted()
                        .forEach(out::add);
            }
        }
        return out;
    }
}
