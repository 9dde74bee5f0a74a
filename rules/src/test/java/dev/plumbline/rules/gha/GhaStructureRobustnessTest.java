package dev.plumbline.rules.gha;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.config.Config;
import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Fix;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mangled workflows and actions: no rule may fail, and every quick fix must apply to the text it was
 * computed for (the fix code does the most index arithmetic).
 */
class GhaStructureRobustnessTest {

    private static final String WORKFLOW = """
            name: release
            on:
              push:
                branches: ["^main$"]
                paths: ["./src/**"]
              pull_request:
                types: [opened, synchronized]
              schedule:
                - cron: "*/2 * * * *"
            concurrency: release
            env: &env
              A: 1
            jobs:
              build:
                runs-on: ubuntu-lastest
                timeout_minutes: 20
                env:
                  <<: *env
                strategy:
                  matrix:
                    node: [20, 22, 20]
                steps:
                  - id: version
                    run: echo "::set-output name=version::1"
                    if: |
                      ${{ true }}
                  - run: x
                    if: ${{ a }} && ${{ b }}
                    shell: bsh
              publish:
                needs: [biuld, biuld]
                concurrency: release
                runs-on: [ubuntu-latest, windows-latest]
                steps:
                  - uses: actions/checkout@v4
                    if: true
            """;
    private static final String ACTION = """
            name: a
            description: b
            runs:
              using: composite
              steps:
                - id: x
                  run: echo hi
                - id: x
                  run: echo "::add-path::/opt"
                  shell: bash
            """;
    private static final String ALPHABET = " \n-:[]{}&*<|>'\"#$!?x1\t";

    @Test
    void mangledFilesNeverBreakARuleOrAFix() {
        List<String> failures = new ArrayList<>();
        Analyzer analyzer = new Analyzer(BuiltinRules.registry(), failures::add);
        Random random = new Random(7);
        for (int i = 0; i < 1500; i++) {
            boolean action = i % 3 == 0;
            String text = mangle(action ? ACTION : WORKFLOW, random);
            String path = action ? "action.yml" : ".github/workflows/release.yml";
            TextDocument document = TextDocument.of("file:///w/" + path, text);
            AnalysisResult result = analyzer.analyze(document, path, Config.DEFAULT, Cancellation.NONE);
            for (Finding finding : result.findings()) {
                if (finding.ruleId().equals("plumbline/internal-error")) {
                    failures.add(finding.message());
                }
                for (Fix fix : finding.fixes()) {
                    try {
                        document.applyEdits(fix.edits(), 1);
                    } catch (RuntimeException e) {
                        failures.add(finding.ruleId() + " fix '" + fix.title() + "' on " + text.replace("\n", "\\n") + ": " + e);
                    }
                }
            }
        }
        assertEquals(List.of(), failures.stream().limit(5).toList());
    }

    private static String mangle(String text, Random random) {
        StringBuilder out = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && out.length() > 0; e++) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(3)) {
                case 0 -> out.deleteCharAt(at);
                case 1 -> out.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                default -> out.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return out.toString();
    }
}
