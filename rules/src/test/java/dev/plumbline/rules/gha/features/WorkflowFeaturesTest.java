package dev.plumbline.rules.gha.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.features.CompletionCandidate;
import dev.plumbline.features.HoverText;
import dev.plumbline.features.OutlineSymbol;
import dev.plumbline.features.TargetLocation;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hover, completion, navigation and outline of workflows, with the cursor marked by ‸ in the source. */
class WorkflowFeaturesTest {

    static final String URI = "file:///repo/.github/workflows/ci.yml";
    private static final WorkflowFeatures FEATURES = new WorkflowFeatures();

    static final String WORKFLOW = """
            name: CI
            on:
              push:
                branches: [main]
              pull_request:
                types: [opened, synchronize]
              workflow_dispatch:
                inputs:
                  level:
                    type: string
            permissions:
              contents: read
            env:
              GLOBAL: x
            jobs:
              build:
                runs-on: ubuntu-latest
                outputs:
                  tag: ${{ steps.meta.outputs.tag }}
                steps:
                  - uses: actions/checkout@v4
                  - id: meta
                    run: echo "tag=1" >> "$GITHUB_OUTPUT"
                  - name: Show
                    if: success() && github.event_name == 'push'
                    env:
                      LOCAL: y
                    run: echo ${{ steps.meta.outputs.tag }} ${{ inputs.level }} ${{ env.LOCAL }}
              test:
                needs: [build]
                runs-on: windows-latest
                timeout-minutes: 10
                strategy:
                  matrix:
                    node: [20, 22]
                steps:
                  - run: echo ${{ needs.build.outputs.tag }} ${{ matrix.node }}
                  - uses: ./.github/actions/setup
            """;

    /** The document with ‸ removed and the cursor where it was. */
    record Cursor(WorkflowFile file, TextDocument document, Position position) {
    }

    static Cursor cursor(String marked) {
        int at = marked.indexOf('‸');
        String text = marked.substring(0, at) + marked.substring(at + 1);
        TextDocument document = TextDocument.of(URI, "yaml", 1, text);
        return new Cursor(WorkflowFile.parse(document, Cancellation.NONE), document, document.positionAt(at));
    }

    /** The workflow with the cursor just after the {@code nth} (0-based) occurrence's first {@code skip} characters. */
    static Cursor on(String text, String needle, int skip) {
        int at = text.indexOf(needle);
        return cursor(text.substring(0, at + skip) + "‸" + text.substring(at + skip));
    }

    private static Optional<HoverText> hover(String needle, int skip) {
        Cursor c = on(WORKFLOW, needle, skip);
        return FEATURES.hover(c.file(), c.document(), c.position());
    }

    private static List<CompletionCandidate> complete(String marked) {
        Cursor c = cursor(marked);
        return FEATURES.complete(c.file(), c.document(), c.position());
    }

    private static List<String> labels(List<CompletionCandidate> items) {
        return items.stream().map(CompletionCandidate::label).toList();
    }

    private static List<TargetLocation> definition(String needle, int skip) {
        Cursor c = on(WORKFLOW, needle, skip);
        return FEATURES.definition(c.file(), c.document(), c.position());
    }

    // ------------------------------------------------------------------------------------ hover

    @Test
    void hoverOnAKeyGivesItsTypeAndMeaningFromTheSchema() {
        HoverText hover = hover("timeout-minutes", 3).orElseThrow();
        assertEquals("**timeout-minutes** *(a number)*\n\nCancel the job after this many minutes (default 360).",
                hover.markdown());
        assertEquals(Range.of(31, 4, 31, 19), hover.range());
        assertTrue(hover("runs-on: ubuntu", 1).orElseThrow().markdown().endsWith("\n\nRequired."));
    }

    @Test
    void hoverOnEventsActivityTypesAndScopes() {
        HoverText push = hover("push:", 1).orElseThrow();
        assertTrue(push.markdown().startsWith("Event **push**\n\nCommits or tags were pushed."), push.markdown());
        assertEquals(Range.of(2, 2, 2, 6), push.range());
        HoverText opened = hover("opened", 2).orElseThrow();
        assertEquals("Activity type **opened** of event `pull_request`", opened.markdown());
        assertEquals(Range.of(5, 12, 5, 18), opened.range());
        assertTrue(hover("contents", 0).orElseThrow().markdown().startsWith("Permission **contents** *(read, write, none)*"));
        assertTrue(hover("branches", 0).orElseThrow().markdown().startsWith("**branches**"));
    }

    @Test
    void hoverOnAnEventNamedInAListOrString() {
        Cursor c = cursor("on: [push, pull_re‸quest]\njobs: {}\n");
        HoverText hover = FEATURES.hover(c.file(), c.document(), c.position()).orElseThrow();
        assertTrue(hover.markdown().startsWith("Event **pull_request**"));
        assertEquals(Range.of(0, 11, 0, 23), hover.range());
    }

    @Test
    void hoverOnRunnerLabels() {
        HoverText hover = hover("ubuntu-latest", 4).orElseThrow();
        assertEquals("Runner **ubuntu-latest** *(GitHub-hosted, linux)*\n\nThe newest Ubuntu LTS image GitHub offers.",
                hover.markdown());
        assertEquals(Range.of(16, 13, 16, 26), hover.range());
        Cursor c = cursor("on: push\njobs:\n  a:\n    runs-on: [self-hosted, ubuntu-20.0‸4]\n    steps: []\n");
        assertTrue(FEATURES.hover(c.file(), c.document(), c.position()).orElseThrow().markdown().contains("Retired"));
    }

    @Test
    void hoverInsideExpressionsOnContextsPropertiesAndFunctions() {
        HoverText github = hover("github.event_name", 2).orElseThrow();
        assertTrue(github.markdown().startsWith("Context **github**"), github.markdown());
        assertEquals(Range.of(24, 25, 24, 31), github.range());
        HoverText property = hover("event_name", 3).orElseThrow();
        assertEquals("`github.event_name` *(string)*\n\nThe name of the event that triggered the workflow run.",
                property.markdown());
        assertEquals(Range.of(24, 32, 24, 42), property.range());
        HoverText function = hover("success()", 2).orElseThrow();
        assertTrue(function.markdown().startsWith("Function `success()`"), function.markdown());
        assertEquals(Range.of(24, 12, 24, 19), function.range());
        HoverText step = hover("steps.meta.outputs.tag }} ${{", 7).orElseThrow();
        assertEquals("`steps.meta` *(object)*", step.markdown());
    }

    @Test
    void hoverTellsWhenAContextIsNotAvailableThere() {
        Cursor c = cursor("on: push\njobs:\n  a:\n    runs-on: ${{ st‸eps.x }}\n    steps: []\n");
        String text = FEATURES.hover(c.file(), c.document(), c.position()).orElseThrow().markdown();
        assertTrue(text.endsWith("Not available in `jobs.<job_id>.runs-on`."), text);
    }

    @Test
    void hoverOnNothingKnownIsEmpty() {
        assertTrue(hover("GLOBAL", 2).isEmpty());
        assertTrue(hover("name: CI", 7).isEmpty());
        Cursor empty = cursor("‸");
        assertTrue(FEATURES.hover(empty.file(), empty.document(), empty.position()).isEmpty());
    }

    @Test
    void hoverOverUsesShowsTheActionsInputsAndOverAnInputItsMeaning() {
        HoverText action = hover("actions/checkout@v4", 3).orElseThrow();
        assertTrue(action.markdown().startsWith("Action **actions/checkout**\n\nChecks out a Git repository"),
                action.markdown());
        assertTrue(action.markdown().contains("\n- `fetch-depth` default `1`: Number of commits to fetch"));
        assertEquals(Range.of(20, 14, 20, 33), action.range());
        Cursor c = cursor("on: push\njobs:\n  a:\n    steps:\n      - uses: actions/checkout@v4\n        with:\n"
                + "          fetch-de‸pth: 0\n");
        HoverText input = FEATURES.hover(c.file(), c.document(), c.position()).orElseThrow();
        assertEquals("Input **fetch-depth** of `actions/checkout`\n\nNumber of commits to fetch; 0 fetches the whole "
                + "history.\n\nDefault: `1`", input.markdown());
        assertEquals(Range.of(6, 10, 6, 21), input.range());
    }

    // ------------------------------------------------------------------------------- completion

    @Test
    void completesTheInputsOfAKnownAction() {
        List<CompletionCandidate> items = complete("on: push\njobs:\n  a:\n    steps:\n      - uses: actions/checkout@v4\n"
                + "        with:\n          fetch-depth: 0\n          pe‸\n");
        List<String> labels = labels(items);
        assertTrue(labels.contains("persist-credentials"), labels.toString());
        assertFalse(labels.contains("fetch-depth"), "already written");
        assertEquals("persist-credentials: ", items.get(labels.indexOf("persist-credentials")).insertText());
        assertEquals(Range.of(7, 10, 7, 12), items.get(0).replace());
    }

    @Test
    void completesTheKeysOfAJobLeavingOutThoseWritten() {
        String marked = WORKFLOW.replace("    timeout-minutes: 10\n", "    tim‸\n");
        List<CompletionCandidate> items = complete(marked);
        List<String> labels = labels(items);
        assertTrue(labels.contains("timeout-minutes"), labels.toString());
        assertTrue(labels.contains("container"));
        assertFalse(labels.contains("runs-on"));
        assertFalse(labels.contains("needs"));
        CompletionCandidate timeout = items.get(labels.indexOf("timeout-minutes"));
        assertEquals("timeout-minutes: ", timeout.insertText());
        assertEquals(Range.of(31, 4, 31, 7), timeout.replace());
    }

    @Test
    void completesTheKeysOfANewStep() {
        String marked = WORKFLOW.replace("      - uses: ./.github/actions/setup\n", "      - ‸\n");
        List<String> labels = labels(complete(marked));
        assertTrue(labels.containsAll(List.of("name", "uses", "run", "with", "if", "id")), labels.toString());
    }

    @Test
    void completesKeysOfAReusableWorkflowCallFromItsVariant() {
        List<String> labels = labels(complete("on: push\njobs:\n  call:\n    uses: ./.github/workflows/x.yml\n    ‸\n"));
        assertTrue(labels.contains("with"));
        assertTrue(labels.contains("secrets"));
        assertFalse(labels.contains("steps"));
    }

    @Test
    void completesEventsUnderOnAndTheirActivityTypes() {
        List<String> events = labels(complete(WORKFLOW.replace("  workflow_dispatch:\n", "  pull‸\n  workflow_dispatch:\n")));
        assertTrue(events.contains("pull_request_target"));
        assertFalse(events.contains("pull_request"), "already written");
        assertTrue(labels(complete("on: [push, ‸]\njobs: {}\n")).contains("workflow_dispatch"));
        List<CompletionCandidate> types = complete(WORKFLOW.replace("[opened, synchronize]", "[opened, ‸]"));
        assertTrue(labels(types).contains("closed"));
        assertEquals(Range.of(5, 20, 5, 20), types.get(0).replace());
    }

    @Test
    void completesRunnerLabelsJobIdsAndPermissionScopes() {
        List<CompletionCandidate> runners = complete(WORKFLOW.replace("runs-on: windows-latest", "runs-on: win‸"));
        assertTrue(labels(runners).contains("windows-2025"));
        assertFalse(labels(runners).contains("windows-2019"), "retired");
        assertEquals(Range.of(30, 13, 30, 16), runners.get(0).replace());
        List<CompletionCandidate> inWord = complete(WORKFLOW.replace("runs-on: windows-latest", "runs-on: win‸dows-2022"));
        assertEquals(Range.of(30, 13, 30, 16), inWord.get(0).replace());
        assertEquals(Range.of(30, 13, 30, 25), inWord.get(0).replaceWhole(), "replace mode overwrites the whole label");
        assertEquals(List.of("build"), labels(complete(WORKFLOW.replace("needs: [build]", "needs: [‸]"))));
        assertEquals(List.of("build"), labels(complete(WORKFLOW.replace("needs: [build]", "needs:\n      - ‸"))));
        List<String> scopes = labels(complete(WORKFLOW.replace("  contents: read\n", "  contents: read\n  i‸\n")));
        assertTrue(scopes.contains("id-token"));
        assertFalse(scopes.contains("contents"));
        assertEquals(List.of("read", "write", "none"), labels(complete(WORKFLOW.replace("contents: read", "contents: ‸"))));
    }

    @Test
    void completesContextsAndFunctionsInsideExpressions() {
        List<CompletionCandidate> items = complete(WORKFLOW.replace("${{ env.LOCAL }}", "${{ ‸ }}"));
        List<String> labels = labels(items);
        assertTrue(labels.containsAll(List.of("github", "steps", "env", "secrets", "contains", "hashFiles")), labels.toString());
        CompletionCandidate contains = items.get(labels.indexOf("contains"));
        assertEquals("contains($1)", contains.insertText());
        assertTrue(contains.snippet());
        List<String> inRunsOn = labels(complete("on: push\njobs:\n  a:\n    runs-on: ${{ ‸ }}\n    steps: []\n"));
        assertFalse(inRunsOn.contains("steps"), "steps is not available in runs-on");
    }

    @Test
    void completesPropertiesOfContextsAndDeclaredNames() {
        List<CompletionCandidate> github = complete(WORKFLOW.replace("github.event_name", "github.ev‸"));
        assertTrue(labels(github).contains("event_name"));
        assertEquals(Range.of(24, 32, 24, 34), github.get(0).replace());
        assertEquals(List.of("meta"), labels(complete(WORKFLOW.replace("${{ env.LOCAL }}", "${{ steps.‸ }}"))));
        assertEquals(List.of("outputs", "outcome", "conclusion"),
                labels(complete(WORKFLOW.replace("${{ env.LOCAL }}", "${{ steps.meta.‸ }}"))));
        assertEquals(List.of("tag"), labels(complete(WORKFLOW.replace("needs.build.outputs.tag", "needs.build.outputs.‸"))));
        assertEquals(List.of("level"), labels(complete(WORKFLOW.replace("inputs.level", "inputs.‸"))));
        assertEquals(List.of("node"), labels(complete(WORKFLOW.replace("matrix.node", "matrix.‸"))));
        assertEquals(List.of("LOCAL", "GLOBAL"), labels(complete(WORKFLOW.replace("env.LOCAL", "env.‸"))));
    }

    @Test
    void completesInAnUnclosedExpressionAndABareCondition() {
        assertTrue(labels(complete(WORKFLOW.replace("${{ env.LOCAL }}", "${{ github.re‸"))).contains("ref_name"));
        assertTrue(labels(complete(WORKFLOW.replace("if: success() && github.event_name == 'push'", "if: gi‸")))
                .contains("github"));
    }

    @Test
    void completesNothingInCommentsAndStrings() {
        assertEquals(List.of(), complete(WORKFLOW.replace("name: CI", "name: CI # tim‸")));
        assertEquals(List.of(), complete(WORKFLOW.replace("== 'push'", "== 'pu‸'")));
    }

    // ------------------------------------------------------------------------------- navigation

    @Test
    void needsGoesToTheJob() {
        assertEquals(List.of(new TargetLocation(URI, Range.of(15, 2, 15, 7))), definition("needs: [build]", 10));
        assertEquals(List.of(new TargetLocation(URI, Range.of(15, 2, 15, 7))), definition("needs.build", 8));
    }

    @Test
    void expressionReferencesGoToWhereTheNameIsDeclared() {
        assertEquals(List.of(new TargetLocation(URI, Range.of(18, 6, 18, 9))), definition("outputs.tag }} ${{ matrix", 9));
        assertEquals(List.of(new TargetLocation(URI, Range.of(21, 12, 21, 16))), definition("steps.meta.outputs.tag }} ${{", 7));
        assertEquals(List.of(new TargetLocation(URI, Range.of(8, 6, 8, 11))), definition("inputs.level", 8));
        assertEquals(List.of(new TargetLocation(URI, Range.of(34, 8, 34, 12))), definition("matrix.node", 8));
        assertEquals(List.of(new TargetLocation(URI, Range.of(26, 10, 26, 15))), definition("env.LOCAL", 5));
        assertEquals(List.of(), definition("github.event_name", 8));
    }

    @Test
    void aLocalUsesGoesToTheActionFile() {
        assertEquals(List.of(new TargetLocation("file:///repo/.github/actions/setup/action.yml", Range.of(0, 0, 0, 0))),
                definition("./.github/actions/setup", 4));
        Cursor c = cursor("on: push\njobs:\n  call:\n    uses: ./.github/workflows/re‸use.yml\n");
        assertEquals(List.of(new TargetLocation("file:///repo/.github/workflows/reuse.yml", Range.of(0, 0, 0, 0))),
                FEATURES.definition(c.file(), c.document(), c.position()));
    }

    @Test
    void referencesOfAJobListItsNeedsAndExpressions() {
        Cursor c = on(WORKFLOW, "build:", 1);
        List<Range> ranges = FEATURES.references(c.file(), c.document(), c.position(), true).stream()
                .map(TargetLocation::range).toList();
        assertEquals(List.of(Range.of(15, 2, 15, 7), Range.of(29, 12, 29, 17), Range.of(36, 28, 36, 33)), ranges);
    }

    @Test
    void referencesOfAStepIdListTheExpressionsThatReadIt() {
        List<Range> expected = List.of(Range.of(21, 12, 21, 16), Range.of(18, 21, 18, 25), Range.of(27, 28, 27, 32));
        for (Cursor c : List.of(on(WORKFLOW, "id: meta", 5), on(WORKFLOW, "steps.meta.outputs.tag }} ${{", 8))) {
            assertEquals(expected, FEATURES.references(c.file(), c.document(), c.position(), true).stream()
                    .map(TargetLocation::range).toList());
        }
        Cursor c = on(WORKFLOW, "id: meta", 5);
        assertEquals(expected.subList(1, 3), FEATURES.references(c.file(), c.document(), c.position(), false).stream()
                .map(TargetLocation::range).toList());
    }

    @Test
    void aStepIdReadBeforeItsStepIsNotAReference() {
        String text = WORKFLOW.replace("      - uses: actions/checkout@v4\n",
                "      - run: echo ${{ steps.meta.outcome }}\n");
        Cursor c = on(text, "id: meta", 5);
        assertEquals(List.of(Range.of(18, 21, 18, 25), Range.of(27, 28, 27, 32)),
                FEATURES.references(c.file(), c.document(), c.position(), false).stream()
                        .map(TargetLocation::range).toList());
    }

    // ---------------------------------------------------------------------------------- outline

    @Test
    void outlineListsJobsWithTheirSteps() {
        Cursor c = cursor(WORKFLOW + "‸");
        List<OutlineSymbol> outline = FEATURES.outline(c.file(), c.document());
        assertEquals(List.of("build", "test"), outline.stream().map(OutlineSymbol::name).toList());
        OutlineSymbol build = outline.get(0);
        assertEquals("ubuntu-latest", build.detail());
        assertEquals(Range.of(15, 2, 15, 7), build.selectionRange());
        assertEquals(List.of("actions/checkout@v4", "meta", "Show"), build.children().stream().map(OutlineSymbol::name).toList());
        assertEquals(Range.of(23, 14, 23, 18), build.children().get(2).selectionRange());
        assertEquals(List.of("echo ${{ needs.build.outputs.tag }} ${{ matrix.node }}", "./.github/actions/setup"),
                outline.get(1).children().stream().map(OutlineSymbol::name).toList());
    }

    @Test
    void outlineOfACompositeActionListsItsSteps() {
        TextDocument document = TextDocument.of("file:///repo/action.yml", "yaml", 1,
                "name: x\ndescription: y\nruns:\n  using: composite\n  steps:\n    - run: echo\n      shell: bash\n");
        WorkflowFile file = WorkflowFile.parse(document, Cancellation.NONE);
        assertEquals(List.of("echo"), FEATURES.outline(file, document).stream().map(OutlineSymbol::name).toList());
    }
}
