package dev.plumbline.rules.gha;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.config.Config;
import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Fix;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.testing.MarkedSource;
import dev.plumbline.text.TextDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Inline suppressions (ours and zizmor's) and the "Ignore … on this line" fix, through the engine. */
class WorkflowSuppressionsTest {

    private static final Analyzer ANALYZER = new Analyzer(BuiltinRules.registry(), failure -> {
        throw new AssertionError(failure);
    });
    private static final String PATH = ".github/workflows/ci.yml";
    private static final String HEAD = "on: push\npermissions: {}\njobs:\n  test:\n    runs-on: ubuntu-latest\n"
            + "    timeout-minutes: 10\n    steps:\n";

    private static AnalysisResult analyze(String text) {
        return ANALYZER.analyze(TextDocument.of("file:///w/" + PATH, text), PATH, Config.DEFAULT, Cancellation.NONE);
    }

    /** Asserts that exactly the marked ranges still have findings (whatever the rule). */
    private static void assertRemaining(String marked) {
        MarkedSource source = MarkedSource.parse(marked);
        List<Finding> findings = analyze(source.text()).findings();
        assertEquals(source.ranges().stream().map(Object::toString).toList(),
                findings.stream().map(f -> f.range().toString()).toList(),
                () -> findings.stream().map(f -> f.range() + " " + f.ruleId()).toList().toString());
    }

    @Test
    void ourCommentAboveAStepCoversItsScript() {
        assertRemaining(HEAD + "      # plumbline ignore=npm-install\n      - run: |\n          npm install\n"
                + "      - run: «npm install»\n");
    }

    @Test
    void zizmorCommentsMatchZizmorIdsOnly() {
        assertRemaining(HEAD + "      - uses: actions/checkout@v4 # zizmor: ignore[unpinned-uses, artipacked]\n"
                + "      - uses: actions/setup-node@«v4» # zizmor: ignore[artipacked]\n        with:\n"
                + "          node-version: 22\n"
                + "      - run: «npm install» # zizmor: ignore[unpinned-uses]\n");
    }

    @Test
    void globalComment() {
        assertRemaining("# plumbline global ignore=gha/unpinned-action,gha/persist-credentials\n" + HEAD
                + "      - uses: actions/checkout@v4\n      - run: «npm install»\n");
    }

    @Test
    void ignoreFixForAFindingInsideABlockScalarGoesAboveTheRunKey() {
        String text = HEAD + "      - name: Install\n        run: |\n          node -v\n          npm install\n";
        AnalysisResult result = analyze(text);
        Finding finding = result.findings().stream().filter(f -> f.ruleId().equals("gha/npm-install")).findFirst()
                .orElseThrow();
        Fix fix = result.ignoreFix(finding).orElseThrow();
        assertEquals("Ignore gha/npm-install on this line", fix.title());
        String fixed = result.document().applyEdits(fix.edits(), 1).text();
        assertEquals(HEAD + "      - name: Install\n        # plumbline ignore=gha/npm-install\n        run: |\n"
                + "          node -v\n          npm install\n", fixed);
        assertEquals(List.of(), analyze(fixed).findings());
    }

    @Test
    void ignoreFixForAUsesRef() {
        String text = (HEAD + "      - uses: actions/checkout@v4\n        with:\n          persist-credentials: false\n")
                .replace("\n", "\r\n");
        AnalysisResult result = analyze(text);
        Fix fix = result.ignoreFix(result.findings().get(0)).orElseThrow();
        String fixed = result.document().applyEdits(fix.edits(), 1).text();
        assertEquals(List.of(), analyze(fixed).findings());
    }
}
