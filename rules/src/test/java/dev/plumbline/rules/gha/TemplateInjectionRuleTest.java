package dev.plumbline.rules.gha;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.engine.Finding;
import dev.plumbline.engine.PeerId;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import dev.plumbline.text.TextDocument;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TemplateInjectionRuleTest {

    private static final String HEAD = "on: issues\njobs:\n  triage:\n    runs-on: ubuntu-latest\n    steps:\n";
    private static final String FIX = "Move the expression into the step's env as ";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new TemplateInjectionRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("issue title in run", HEAD + "      - run: echo \"${{ «github.event.issue.title» }}\"\n"),
                RuleCase.flags("head_ref", HEAD + "      - run: git checkout ${{ «github.head_ref» }}\n"),
                RuleCase.flags("pull request body in a block", HEAD
                        + "      - run: |\n          echo start\n          echo '${{ «github.event.pull_request.body» }}'\n"),
                RuleCase.flags("commit messages through a filter", HEAD
                        + "      - run: echo ${{ «github.event.commits.*.message» }}\n"),
                RuleCase.flags("indexed commit", HEAD + "      - run: echo ${{ «github.event.commits[0].author.email» }}\n"),
                RuleCase.flags("whole payload as JSON", HEAD + "      - run: echo '${{ toJSON(«github.event») }}'\n"),
                RuleCase.flags("inside || with a default", HEAD
                        + "      - run: echo ${{ «github.event.issue.title» || 'none' }}\n"),
                RuleCase.flags("both sides", HEAD + "      - run: echo ${{ «github.event.issue.title» || «github.event.issue.body» }}\n"),
                RuleCase.flags("format argument", HEAD + "      - run: echo ${{ format('x {0}', «github.head_ref») }}\n"),
                RuleCase.flags("github-script", HEAD + "      - uses: actions/github-script@v7\n        with:\n"
                        + "          script: |\n            console.log('${{ «github.event.comment.body» }}')\n"),
                RuleCase.flags("traced through step env", HEAD + "      - env:\n          TITLE: ${{ github.event.issue.title }}\n"
                        + "        run: echo ${{ «env.TITLE» }}\n"),
                RuleCase.flags("traced through job env", "on: issues\njobs:\n  t:\n    runs-on: x\n    env:\n"
                        + "      BODY: ${{ github.event.issue.body }}\n    steps:\n      - run: echo \"${{ «env.BODY» }}\"\n"),
                RuleCase.flags("traced through matrix", "on: issues\njobs:\n  t:\n    runs-on: x\n    strategy:\n"
                        + "      matrix:\n        t: ['${{ github.event.issue.title }}']\n"
                        + "    steps:\n      - run: echo ${{ «matrix.t» }}\n"),
                RuleCase.flags("traced through a step output", HEAD + "      - id: meta\n        run: |\n"
                        + "          echo \"title=${{ «github.event.issue.title» }}\" >> \"$GITHUB_OUTPUT\"\n"
                        + "      - run: echo ${{ «steps.meta.outputs.title» }}\n"),
                RuleCase.flags("traced through a job output", "on: issues\njobs:\n  a:\n    runs-on: x\n    outputs:\n"
                        + "      t: ${{ github.event.issue.title }}\n  b:\n    needs: a\n    runs-on: x\n    steps:\n"
                        + "      - run: echo ${{ «needs.a.outputs.t» }}\n"),
                RuleCase.flags("composite action", "name: x\ndescription: y\nruns:\n  using: composite\n  steps:\n"
                        + "    - run: echo ${{ «github.head_ref» }}\n      shell: bash\n"
                        .replace("name: x", "name: x")),
                RuleCase.passes("trusted contexts", HEAD + "      - run: echo ${{ github.sha }} ${{ github.event.issue.number }}"
                        + " ${{ github.event.pull_request.head.sha }} ${{ steps.x.outcome }} ${{ github.actor }}\n"),
                RuleCase.passes("left of && only tests truthiness", HEAD
                        + "      - run: echo ${{ github.event.pull_request && github.event.pull_request.number }}\n"),
                RuleCase.passes("env value is not a sink", HEAD + "      - env:\n          TITLE: ${{ github.event.issue.title }}\n"
                        + "        run: echo \"$TITLE\"\n"),
                RuleCase.passes("comparisons are not sinks", HEAD
                        + "      - run: echo ${{ contains(github.event.issue.title, 'bug') }} ${{ github.head_ref == 'main' }}\n"),
                RuleCase.passes("if is not a sink", HEAD + "      - if: github.event.issue.title == 'x'\n        run: echo\n"),
                RuleCase.passes("with of other actions is not a sink", HEAD
                        + "      - uses: a/b@v1\n        with:\n          title: ${{ github.event.issue.title }}\n"),
                RuleCase.passes("trusted step output", HEAD + "      - id: meta\n        run: echo \"v=1\" >> \"$GITHUB_OUTPUT\"\n"
                        + "      - run: echo ${{ steps.meta.outputs.v }}\n"),
                RuleCase.passes("workflow_dispatch inputs", "on:\n  workflow_dispatch:\n    inputs:\n      v:\n        type: string\n"
                        + "jobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo ${{ inputs.v }}\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        if (c.name().equals("composite action")) {
            RuleTester.of(new TemplateInjectionRule(), new WorkflowLanguage(), "action.yml").verify(c);
        } else {
            tester.verify(c);
        }
    }

    @Test
    void fixUnquotedBash() {
        tester.assertFix(HEAD + "      - run: echo ${{ «github.event.issue.title» }}\n", FIX + "ISSUE_TITLE",
                HEAD + "      - run: echo \"$ISSUE_TITLE\"\n        env:\n          ISSUE_TITLE: ${{ github.event.issue.title }}\n");
    }

    @Test
    void fixInsideDoubleQuotesInABlock() {
        tester.assertFix(HEAD + "      - name: Greet\n        run: |\n          echo \"Thanks for ${{ «github.event.issue.title» }}!\"\n"
                        + "          echo done\n",
                FIX + "ISSUE_TITLE",
                HEAD + "      - name: Greet\n        run: |\n          echo \"Thanks for ${ISSUE_TITLE}!\"\n"
                        + "          echo done\n        env:\n          ISSUE_TITLE: ${{ github.event.issue.title }}\n");
    }

    @Test
    void fixInsideSingleQuotesAddsToExistingEnv() {
        tester.assertFix(HEAD + "      - env:\n          A: b\n        run: echo 'pr ${{ «github.head_ref» }}'\n",
                FIX + "HEAD_REF",
                HEAD + "      - env:\n          A: b\n          HEAD_REF: ${{ github.head_ref }}\n"
                        + "        run: echo 'pr '\"$HEAD_REF\"''\n");
    }

    @Test
    void fixReplacesEveryUseOfTheSameExpression() {
        String before = HEAD + "      - run: |\n          echo ${{ github.head_ref }}\n          git push origin \"${{github.head_ref}}\"\n";
        Finding first = tester.findings(before).get(0);
        TextDocument fixed = TextDocument.of("file:///x", before).applyEdits(first.fixes().get(0).edits(), 1);
        assertEquals(HEAD + "      - run: |\n          echo \"$HEAD_REF\"\n          git push origin \"${HEAD_REF}\"\n"
                + "        env:\n          HEAD_REF: ${{ github.head_ref }}\n", fixed.text());
        assertTrue(tester.findings(fixed.text()).isEmpty());
    }

    @Test
    void fixForPowerShellAndCmd() {
        tester.assertFix(HEAD + "      - shell: pwsh\n        run: Write-Output \"${{ «github.head_ref» }}\"\n", FIX + "HEAD_REF",
                HEAD + "      - shell: pwsh\n        run: Write-Output \"${env:HEAD_REF}\"\n        env:\n"
                        + "          HEAD_REF: ${{ github.head_ref }}\n");
        tester.assertFix(HEAD + "      - shell: cmd\n        run: echo ${{ «github.head_ref» }}\n", FIX + "HEAD_REF",
                HEAD + "      - shell: cmd\n        run: echo %HEAD_REF%\n        env:\n          HEAD_REF: ${{ github.head_ref }}\n");
    }

    @Test
    void fixForGithubScript() {
        tester.assertFix(HEAD + "      - uses: actions/github-script@v7\n        with:\n          script: |\n"
                        + "            core.info('Title: ${{ «github.event.issue.title» }}')\n",
                FIX + "ISSUE_TITLE",
                HEAD + "      - uses: actions/github-script@v7\n        with:\n          script: |\n"
                        + "            core.info('Title: ' + process.env.ISSUE_TITLE + '')\n"
                        + "        env:\n          ISSUE_TITLE: ${{ github.event.issue.title }}\n");
    }

    @Test
    void fixForATracedEnvVariableReadsItDirectly() {
        tester.assertFix(HEAD + "      - env:\n          TITLE: ${{ github.event.issue.title }}\n        run: echo ${{ «env.TITLE» }}\n",
                "Read the environment variable TITLE instead",
                HEAD + "      - env:\n          TITLE: ${{ github.event.issue.title }}\n        run: echo \"$TITLE\"\n");
    }

    @Test
    void fixInAFlowStepAndWithCrlf() {
        tester.assertFix(HEAD + "      - { run: \"echo ${{ «github.head_ref» }}\" }\n", FIX + "HEAD_REF",
                HEAD + "      - { run: \"echo \\\"$HEAD_REF\\\"\", env: {HEAD_REF: '${{ github.head_ref }}'} }\n");
        String crlf = HEAD.replace("\n", "\r\n");
        tester.assertFix(crlf + "      - run: echo ${{ «github.head_ref» }}\r\n", FIX + "HEAD_REF",
                crlf + "      - run: echo \"$HEAD_REF\"\r\n        env:\r\n          HEAD_REF: ${{ github.head_ref }}\r\n");
    }

    @Test
    void nameAvoidsAnEnvVariableWithAnotherValue() {
        tester.assertFix("on: issues\nenv:\n  HEAD_REF: main\njobs:\n  a:\n    runs-on: x\n    steps:\n"
                        + "      - run: echo ${{ «github.head_ref» }}\n", FIX + "HEAD_REF_2",
                "on: issues\nenv:\n  HEAD_REF: main\njobs:\n  a:\n    runs-on: x\n    steps:\n"
                        + "      - run: echo \"$HEAD_REF_2\"\n        env:\n          HEAD_REF_2: ${{ github.head_ref }}\n");
    }

    @Test
    void noFixWhereNoReferenceIsSafe() {
        assertTrue(tester.onlyFinding(HEAD + "      - shell: python\n        run: print('${{ github.head_ref }}')\n")
                .fixes().isEmpty());
        assertTrue(tester.onlyFinding(HEAD + "      - run: |\n          cat <<'EOF'\n          ${{ github.head_ref }}\n"
                + "          EOF\n").fixes().isEmpty());
    }

    @Test
    void messagesAndPeers() {
        Finding direct = tester.onlyFinding(HEAD + "      - run: echo ${{ github.head_ref }}\n");
        assertEquals("Untrusted \"github.head_ref\" is expanded into the run script, so whoever writes it can inject"
                + " shell commands; pass it through an environment variable", direct.message());
        assertEquals(List.of(PeerId.of(PeerId.ACTIONLINT, "expression"), PeerId.of(PeerId.ZIZMOR, "template-injection")),
                direct.peers());
        Finding traced = tester.onlyFinding(HEAD + "      - env:\n          T: ${{ github.head_ref }}\n        run: echo ${{ env.T }}\n");
        assertEquals("\"env.T\" carries untrusted \"github.head_ref\" and is expanded into the run script, so whoever"
                + " writes it can inject shell commands; pass it through an environment variable", traced.message());
        assertEquals(List.of(PeerId.of(PeerId.ZIZMOR, "template-injection")), traced.peers());
    }

    @Test
    void zizmorSuppressionOnTheBlockHeader() {
        tester.verify(RuleCase.passes("zizmor ignore", HEAD
                + "      - run: | # zizmor: ignore[template-injection]\n          echo ${{ github.head_ref }}\n"));
    }
}
