package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UnknownKeyRuleTest {

    private static final String JOB = "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new UnknownKeyRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");
    private final RuleTester<WorkflowFile> actions =
            RuleTester.of(new UnknownKeyRule(), new WorkflowLanguage(), "action.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("typo at the top", "on: push\n«job»:\n  a:\n    runs-on: x\n    steps: [run: x]\n"),
                RuleCase.flags("wrong case in a job", "on: push\njobs:\n  build:\n    «Runs-On»: ubuntu-latest\n"
                        + "    runs-on: ubuntu-latest\n    steps:\n      - run: make\n"),
                RuleCase.flags("underscore for dash", JOB + "    «timeout_minutes»: 5\n    steps:\n      - run: make\n"),
                RuleCase.flags("step key", JOB + "    steps:\n      - run: make\n        «working_directory»: src\n"),
                RuleCase.flags("steps key on a reusable-workflow call", "on: push\njobs:\n  call:\n"
                        + "    uses: ./.github/workflows/x.yml\n    «runs-on»: ubuntu-latest\n    «steps»: []\n"),
                RuleCase.flags("strategy", JOB + "    strategy:\n      «fail_fast»: false\n      matrix: {a: [1]}\n"
                        + "    steps: [run: x]\n"),
                RuleCase.flags("container", JOB + "    container:\n      image: node:22\n      «port»: [80]\n"
                        + "    steps: [run: x]\n"),
                RuleCase.flags("flow step", JOB + "    steps:\n      - { run: make, «nmae»: Build }\n"),
                RuleCase.flags("in a parallel block", JOB + "    steps:\n      - parallel:\n          - run: a\n"
                        + "            «shel»: bash\n"),
                RuleCase.flags("inputs of a dispatch are another rule's, defaults are ours",
                        "on: push\n«default»:\n  run:\n    shell: bash\njobs: {}\n"),
                RuleCase.passes("every job key", JOB + "    name: Build\n    needs: []\n    if: true\n"
                        + "    permissions: read-all\n    environment: prod\n    concurrency: x\n    outputs: {a: b}\n"
                        + "    env: {A: b}\n    defaults: {run: {shell: bash, working-directory: x}}\n"
                        + "    timeout-minutes: 5\n    strategy: {matrix: {a: [1]}, fail-fast: false, max-parallel: 2}\n"
                        + "    continue-on-error: true\n    container: {image: x, credentials: {username: a, password: b},"
                        + " env: {}, ports: [1], volumes: [a:/b], options: --cpus 1}\n"
                        + "    services: {db: {image: postgres, ports: ['5432:5432']}}\n    steps: [run: x]\n"),
                RuleCase.passes("every step key", JOB + "    steps:\n      - id: a\n        name: b\n        if: c\n"
                        + "        uses: ./x\n        with: {a: 1, args: x, entrypoint: y}\n        env: {A: 1}\n"
                        + "        continue-on-error: true\n        timeout-minutes: 1\n        background: true\n"
                        + "      - wait: [a]\n      - wait-all:\n      - cancel: a\n"),
                RuleCase.passes("reusable call", "on: push\njobs:\n  call:\n    uses: o/r/.github/workflows/x.yml@v1\n"
                        + "    with: {a: 1}\n    secrets: inherit\n    needs: [b]\n    if: true\n    permissions: {}\n"
                        + "    strategy: {matrix: {a: [1]}}\n    concurrency: x\n    name: n\n"),
                RuleCase.passes("free-form maps", JOB + "    env:\n      ANY_NAME: 1\n    outputs:\n      whatever: x\n"
                        + "    steps:\n      - uses: a/b@v1\n        with:\n          any-input: 1\n"),
                RuleCase.passes("keys under on are invalid-event's", "on:\n  push:\n    branch: [main]\njobs: {}\n"),
                RuleCase.passes("permissions are invalid-permission's", "on: push\npermissions:\n  contnets: read\njobs: {}\n"),
                RuleCase.passes("merge keys are yaml-merge-key's", JOB + "    env: &e {A: 1}\n    steps:\n"
                        + "      - <<: {run: x}\n"),
                RuleCase.passes("concurrency queue", "on: push\nconcurrency:\n  group: g\n  queue: max\njobs: {}\n"),
                RuleCase.passes("not a mapping at all", "- a\n- b\n"),
                RuleCase.passes("empty file", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void compositeActionStepsAreChecked() {
        actions.verify(RuleCase.flags("composite step", "name: a\ndescription: b\nruns:\n  using: composite\n"
                + "  steps:\n    - run: x\n      shell: bash\n      «timeout-minutes»: 1\n"));
        actions.verify(RuleCase.passes("action top level is invalid-action-metadata's",
                "name: a\ndescription: b\nauthr: c\nruns:\n  using: node20\n  main: x.js\n"));
    }

    @Test
    void messagesSuggestTheNearestKey() {
        tester.assertMessage(JOB + "    timeout_minutes: 5\n    steps: [run: x]\n",
                "Unknown key \"timeout_minutes\" in job \"build\"; did you mean \"timeout-minutes\"?");
        tester.assertMessage(JOB + "    steps:\n      - run: x\n        colour: red\n", "Unknown key \"colour\" in step");
        tester.assertMessage("on: push\njobs:\n  c:\n    uses: ./.github/workflows/x.yml\n    timeout-minutes: 5\n",
                "Key \"timeout-minutes\" is not allowed on a job that calls a reusable workflow; the called workflow's"
                        + " jobs set it");
    }

    @Test
    void fixRenamesTheKey() {
        tester.assertFix(JOB + "    «timeout_minutes»: 5\n    steps: [run: x]\n", "Rename to \"timeout-minutes\"",
                JOB + "    timeout-minutes: 5\n    steps: [run: x]\n");
        tester.assertFix(JOB + "    steps:\n      - run: x\n        «'Shell'»: bash\n", "Rename to \"shell\"",
                JOB + "    steps:\n      - run: x\n        shell: bash\n");
        tester.assertFix("on: push\r\njobs:\r\n  a:\r\n    «Runs-on»: x\r\n    steps: [run: x]\r\n", "Rename to \"runs-on\"",
                "on: push\r\njobs:\r\n  a:\r\n    runs-on: x\r\n    steps: [run: x]\r\n");
    }
}
