package dev.plumbline.rules.gha;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.config.Config;
import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.EngineRules;
import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Fix;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.testing.RepositoryPaths;
import dev.plumbline.text.TextDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Half-typed workflows: the security and expression rules, their fixes and the expression model never
 * throw on a workflow cut at any point or with characters dropped, as happens while someone types.
 */
class SecurityRulesRobustnessTest {

    private static final String PATH = ".github/workflows/ci.yml";

    @Test
    void mangledWorkflowsNeverBreakARuleOrAFix() throws IOException {
        String base = Files.readString(RepositoryPaths.testWorkspaces()
                .resolve("github-actions/pr-triage/.github/workflows/triage.yml"), StandardCharsets.UTF_8);
        List<String> failures = new ArrayList<>();
        Analyzer analyzer = new Analyzer(BuiltinRules.registry(), failures::add);
        Random random = new Random(11);
        for (int n = 0; n < 400; n++) {
            String text = mangle(base, random);
            TextDocument document = TextDocument.of("file:///w/" + PATH, text);
            AnalysisResult result = analyzer.analyze(document, PATH, Config.DEFAULT, Cancellation.NONE);
            for (Finding finding : result.findings()) {
                if (finding.ruleId().equals(EngineRules.INTERNAL_ERROR.id())) {
                    failures.add(finding.message());
                }
                for (Fix fix : finding.fixes()) {
                    document.applyEdits(fix.edits(), 1); // overlapping or out-of-range edits throw here
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    private static String mangle(String text, Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> text.substring(0, random.nextInt(text.length()));
            case 1 -> {
                int at = random.nextInt(text.length());
                yield text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(8)));
            }
            case 2 -> {
                int at = random.nextInt(text.length());
                String[] junk = {"${{", "}}", "'", "\"", "\n", "  ", ":", "- ", "((", "[", "|"};
                yield text.substring(0, at) + junk[random.nextInt(junk.length)] + text.substring(at);
            }
            default -> text.replace("\n", "\r\n").substring(0, random.nextInt(text.length()));
        };
    }
}
