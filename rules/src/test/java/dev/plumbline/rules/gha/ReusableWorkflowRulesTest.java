package dev.plumbline.rules.gha;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.config.Config;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleRegistry;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.MarkedSource;
import dev.plumbline.text.TextDocument;
import dev.plumbline.workspace.WorkspaceIndex;
import dev.plumbline.workspace.WorkspaceScanner;
import dev.plumbline.workspace.WorkspaceView;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules that check calls of local reusable workflows through the workspace index. */
class ReusableWorkflowRulesTest {

    private static final String SELF = ".github/workflows/ci.yml";
    private static final String CALLEE = """
            on:
              workflow_call:
                inputs:
                  environment:
                    type: string
                    required: true
                  dry-run:
                    type: boolean
                    default: false
                  region:
                    type: string
                    required: true
                    default: eu
                secrets:
                  token:
                    required: true
                  optional: {}
                outputs:
                  url:
                    value: ${{ jobs.deploy.outputs.url }}
            jobs: {}
            """;

    private static WorkspaceIndex workspace(Map<String, String> files, boolean complete) {
        WorkspaceIndex index = new WorkspaceIndex(Path.of("/repo"));
        WorkspaceScanner scanner = new WorkspaceScanner(BuiltinRules.registry().factsExtractors());
        files.forEach((path, text) -> scanner.update(index, path, text));
        if (complete) {
            index.markComplete();
        }
        return index;
    }

    private static List<Finding> findings(Rule<WorkflowFile> rule, WorkspaceIndex index, String text) {
        Analyzer analyzer = new Analyzer(RuleRegistry.builder().language(new WorkflowLanguage(), List.of(rule)).build(),
                failure -> {
                    throw new AssertionError(failure);
                });
        return analyzer.analyze(TextDocument.of("file:///repo/" + SELF, text), SELF, Config.DEFAULT,
                new WorkspaceView(index, SELF), Cancellation.NONE).findings();
    }

    private static void verify(Rule<WorkflowFile> rule, WorkspaceIndex index, String marked) {
        MarkedSource source = MarkedSource.parse(marked);
        assertEquals(source.ranges().stream().map(Object::toString).toList(),
                findings(rule, index, source.text()).stream().map(f -> f.range().toString()).toList());
    }

    private static String call(String body) {
        return "on: push\njobs:\n  deploy:\n    uses: ./.github/workflows/deploy.yml\n" + body;
    }

    @Nested
    class MissingReusableWorkflow {
        private final MissingReusableWorkflowRule rule = new MissingReusableWorkflowRule();

        @Test
        void missingOrNotCallable() {
            WorkspaceIndex index = workspace(Map.of(SELF, "", ".github/workflows/other.yml", "on: push\njobs: {}\n"), true);
            verify(rule, index, "on: push\njobs:\n  a:\n    uses: «./.github/workflows/deploy.yml»\n"
                    + "  b:\n    uses: «./.github/workflows/other.yml»\n");
            assertEquals("Workflow \"./.github/workflows/other.yml\" has no \"on: workflow_call\", so it cannot be called"
                    + " from a job", findings(rule, index, "on: push\njobs:\n  b:\n    uses: ./.github/workflows/other.yml\n")
                    .get(0).message());
        }

        @Test
        void quietForCallableWorkflowsRemoteOnesAndAnUnfinishedIndex() {
            WorkspaceIndex index = workspace(Map.of(SELF, "", ".github/workflows/deploy.yml", CALLEE), true);
            verify(rule, index, call("") + "  r:\n    uses: o/r/.github/workflows/x.yml@v1\n");
            verify(rule, workspace(Map.of(SELF, ""), false), call(""));
        }

        @Test
        void quietWhenTheWorkspaceRootIsNotTheRepositoryRoot() {
            Analyzer analyzer = new Analyzer(RuleRegistry.builder().language(new WorkflowLanguage(), List.of(rule)).build(),
                    failure -> {
                        throw new AssertionError(failure);
                    });
            String nested = "sub/.github/workflows/ci.yml";
            assertEquals(List.of(), analyzer.analyze(TextDocument.of("file:///repo/" + nested, call("")), nested,
                    Config.DEFAULT, new WorkspaceView(workspace(Map.of(nested, ""), true), nested), Cancellation.NONE)
                    .findings());
        }
    }

    @Nested
    class ReusableWorkflowInputs {
        private final ReusableWorkflowInputsRule rule = new ReusableWorkflowInputsRule();
        private final WorkspaceIndex index = workspace(Map.of(SELF, "", ".github/workflows/deploy.yml", CALLEE), true);

        @Test
        void unknownAndMissingInputsAndSecrets() {
            verify(rule, index, "on: push\njobs:\n  deploy:\n    uses: «./.github/workflows/deploy.yml»\n"
                    + "    with:\n      «enviroment»: prod\n      dry-run: «maybe»\n    secrets:\n      «tokn»: x\n      token: y\n");
            List<String> messages = findings(rule, index, call("    with:\n      environment: prod\n")).stream()
                    .map(Finding::message).toList();
            assertEquals(List.of("Workflow \"./.github/workflows/deploy.yml\" requires secret \"token\", which this call"
                    + " does not pass (nor \"secrets: inherit\")"), messages);
        }

        @Test
        void completeCallsPass() {
            verify(rule, index, call("    with:\n      environment: prod\n      dry-run: ${{ inputs.dry }}\n"
                    + "    secrets:\n      token: ${{ secrets.T }}\n  after:\n    needs: deploy\n    runs-on: x\n"
                    + "    steps:\n      - run: echo ${{ needs.deploy.outputs.url }}\n"));
            verify(rule, index, call("    with:\n      environment: prod\n    secrets: inherit\n"));
        }

        @Test
        void undeclaredOutputs() {
            verify(rule, index, call("    with: {environment: prod}\n    secrets: inherit\n  after:\n    needs: deploy\n"
                    + "    runs-on: x\n    steps:\n      - run: echo ${{ needs.deploy.outputs.«link» }}\n"));
        }

        @Test
        void fixInsertsTheMissingInputs() {
            String before = call("    with:\n      dry-run: true\n    secrets: inherit\n");
            Finding finding = findings(rule, index, before).get(0);
            String after = TextDocument.of("file:///repo/" + SELF, before).applyEdits(finding.fixes().get(0).edits(), 1).text();
            assertEquals(call("    with:\n      dry-run: true\n      environment: \"\"\n    secrets: inherit\n"), after);
            assertEquals(List.of(), findings(rule, index, after));

            String without = call("    secrets: inherit\n");
            Finding noWith = findings(rule, index, without).get(0);
            String added = TextDocument.of("file:///repo/" + SELF, without).applyEdits(noWith.fixes().get(0).edits(), 1).text();
            assertEquals(call("    with:\n      environment: \"\"\n    secrets: inherit\n"), added);
            assertEquals(List.of(), findings(rule, index, added));
        }
    }
}
