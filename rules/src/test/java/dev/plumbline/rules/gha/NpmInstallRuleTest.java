package dev.plumbline.rules.gha;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NpmInstallRuleTest {

    private static final String HEAD = "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n";
    private static final String FIX = "Replace with npm ci";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new NpmInstallRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");
    private final RuleTester<WorkflowFile> actions =
            RuleTester.of(new NpmInstallRule(), new WorkflowLanguage(), "action.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("npm install", HEAD + "      - run: «npm install»\n"),
                RuleCase.flags("npm i", HEAD + "      - run: «npm i»\n"),
                RuleCase.flags("with options", HEAD + "      - run: «npm install» --no-audit --legacy-peer-deps\n"),
                RuleCase.flags("option with a value", HEAD + "      - run: «npm install» --omit dev --registry https://r\n"),
                RuleCase.flags("prefix before the subcommand", HEAD + "      - run: «npm --prefix app install»\n"),
                RuleCase.flags("--production", HEAD + "      - run: «npm install» --production\n"),
                RuleCase.flags("save-dev flag without packages", HEAD + "      - run: «npm i» -D\n"),
                RuleCase.flags("after cd &&", HEAD + "      - run: cd web && «npm install» && npm test\n"),
                RuleCase.flags("environment prefix", HEAD + "      - run: CI=true «npm install»\n"),
                RuleCase.flags("path to npm", HEAD + "      - run: «/usr/bin/npm install»\n"),
                RuleCase.flags("literal block", HEAD + "      - run: |\n          node -v\n          «npm install»\n          npm test\n"),
                RuleCase.flags("literal strip, two installs", HEAD
                        + "      - run: |-\n          «npm i»\n          (cd docs && «npm install»)\n"),
                RuleCase.flags("folded block", HEAD + "      - run: >\n          «npm\n          install»\n          --no-audit\n"),
                RuleCase.flags("single quoted", HEAD + "      - run: 'echo ''go'' && «npm install»'\n"),
                RuleCase.flags("double quoted", HEAD + "      - run: \"«npm install»\"\n"),
                RuleCase.flags("bash -c", HEAD + "      - run: bash -c '«npm install»'\n"),
                RuleCase.flags("continuation line", HEAD + "      - run: |\n          «npm \\\n            install» \\\n            --no-fund\n"),
                RuleCase.flags("CRLF literal", (HEAD + "      - run: |\n          «npm install»\n").replace("\n", "\r\n")),
                RuleCase.flags("explicit bash", HEAD + "      - run: npm ci || «npm install»\n        shell: bash\n"),
                RuleCase.flags("sh default from the workflow", "defaults:\n  run:\n    shell: sh\n" + HEAD
                        + "      - run: «npm install»\n"),
                RuleCase.flags("emoji before", HEAD + "      - run: echo 🚀 && «npm install»\n"),
                RuleCase.passes("npm ci", HEAD + "      - run: npm ci\n"),
                RuleCase.passes("a package", HEAD + "      - run: npm install eslint\n"),
                RuleCase.passes("a dev package", HEAD + "      - run: npm i -D typescript\n"),
                RuleCase.passes("package after an option value", HEAD + "      - run: npm install --registry https://r left-pad\n"),
                RuleCase.passes("package after --", HEAD + "      - run: npm install -- left-pad\n"),
                RuleCase.passes("an expression operand", HEAD + "      - run: npm install ${{ inputs.package }}\n"),
                RuleCase.passes("global", HEAD + "      - run: npm install -g\n"),
                RuleCase.passes("global package", HEAD + "      - run: npm install --global yarn\n"),
                RuleCase.passes("location global", HEAD + "      - run: npm install --location global\n"),
                RuleCase.passes("no lockfile on purpose", HEAD + "      - run: npm install --no-package-lock\n"),
                RuleCase.passes("lockfile only", HEAD + "      - run: npm install --package-lock-only\n"),
                RuleCase.passes("help", HEAD + "      - run: npm install --help\n"),
                RuleCase.passes("other subcommands", HEAD + "      - run: npm run install && npm test && npm add x\n"),
                RuleCase.passes("other tools", HEAD + "      - run: pnpm install && yarn install && npx install\n"),
                RuleCase.passes("in a comment", HEAD + "      - run: |\n          # npm install\n          npm ci # not npm install\n"),
                RuleCase.passes("in a quoted string", HEAD + "      - run: echo \"npm install\"\n"),
                RuleCase.passes("in a name", HEAD + "      - name: npm install\n        run: npm ci\n"),
                RuleCase.passes("pwsh step", HEAD + "      - run: npm install\n        shell: pwsh\n"),
                RuleCase.passes("windows runner default", "on: push\njobs:\n  w:\n    runs-on: windows-latest\n"
                        + "    steps:\n      - run: npm install\n"),
                RuleCase.passes("cmd", HEAD + "      - run: npm install\n        shell: cmd\n"),
                RuleCase.passes("python", HEAD + "      - run: print('npm install')\n        shell: python\n"),
                RuleCase.passes("job default pwsh", "on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n"
                        + "    defaults:\n      run:\n        shell: pwsh\n    steps:\n      - run: npm install\n"),
                RuleCase.passes("outside a run", HEAD + "      - uses: some/action@v1\n        with:\n          run: npm install\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void compositeActionSteps() {
        actions.verify(RuleCase.flags("composite", """
                name: setup
                description: installs
                runs:
                  using: composite
                  steps:
                    - run: «npm install»
                      shell: bash
                    - run: npm install
                      shell: pwsh
                """));
    }

    @Test
    void messageNamesTheCommand() {
        tester.assertMessage(HEAD + "      - run: npm i\n", "\"npm i\" resolves dependencies anew and may rewrite the"
                + " lockfile; use \"npm ci\" to install exactly what the lockfile pins");
    }

    @Test
    void fixReplacesTheSubcommand() {
        tester.assertFix(HEAD + "      - run: npm install\n", FIX, HEAD + "      - run: npm ci\n");
        tester.assertFix(HEAD + "      - run: npm i --no-audit\n", FIX, HEAD + "      - run: npm ci --no-audit\n");
    }

    @Test
    void fixKeepsOptionsAndRewritesProduction() {
        tester.assertFix(HEAD + "      - run: npm --prefix app install --production --no-fund\n", FIX,
                HEAD + "      - run: npm --prefix app ci --omit=dev --no-fund\n");
    }

    @Test
    void fixInsideALiteralBlock() {
        tester.assertFix(HEAD + "      - run: |\n          node -v\n          npm install\n", FIX,
                HEAD + "      - run: |\n          node -v\n          npm ci\n");
    }

    @Test
    void fixInsideAFoldedBlock() {
        tester.assertFix(HEAD + "      - run: >\n          npm\n          install\n          --no-audit\n", FIX,
                HEAD + "      - run: >\n          npm\n          ci\n          --no-audit\n");
    }

    @Test
    void fixInsideQuotedScalars() {
        tester.assertFix(HEAD + "      - run: 'echo ''x'' && npm install'\n", FIX,
                HEAD + "      - run: 'echo ''x'' && npm ci'\n");
        tester.assertFix(HEAD + "      - run: \"echo \\\"x\\\" && npm install\"\n", FIX,
                HEAD + "      - run: \"echo \\\"x\\\" && npm ci\"\n");
    }

    @Test
    void fixOfOneOfTwo() {
        tester.assertFix(HEAD + "      - run: npm i && cd docs && «npm install»\n", FIX,
                HEAD + "      - run: npm i && cd docs && npm ci\n");
    }

    @Test
    void fixKeepsCrlf() {
        String before = (HEAD + "      - run: |\n          npm install\n          npm test\n").replace("\n", "\r\n");
        tester.assertFix(before, FIX, before.replace("npm install", "npm ci"));
    }

    @Test
    void fixInACompositeAction() {
        String before = "name: s\ndescription: d\nruns:\n  using: composite\n  steps:\n"
                + "    - run: npm install\n      shell: bash\n";
        actions.assertFix(before, FIX, before.replace("npm install", "npm ci"));
    }

    @Test
    void noFixWhereTheSubcommandIsWrittenWithEscapes() {
        var finding = tester.onlyFinding(HEAD + "      - run: \"npm \\x69nstall\"\n");
        assertEquals(List.of(), finding.fixes());
        var quoted = tester.onlyFinding(HEAD + "      - run: npm 'install'\n");
        assertEquals(List.of(), quoted.fixes());
    }

    @Test
    void ignoreCommentAboveTheRunKey() {
        tester.verify(RuleCase.passes("suppressed", HEAD
                + "      # plumbline ignore=gha/npm-install\n      - run: |\n          npm install\n"));
    }
}
