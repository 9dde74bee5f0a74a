package dev.plumbline.syntax.gha;

import static dev.plumbline.syntax.gha.Parsed.action;
import static dev.plumbline.syntax.gha.Parsed.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.Range;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class WorkflowFileTest {

    private static final String CI = """
            name: CI
            on:
              push:
                branches: [main]
            permissions:
              contents: read
            env:
              CI: "true"
            defaults:
              run:
                shell: bash -e {0}
            jobs:
              build:
                runs-on: ubuntu-latest
                container: node:20
                services:
                  redis:
                    image: redis:7
                defaults:
                  run:
                    shell: sh
                steps:
                  - id: checkout
                    name: Check out
                    uses: actions/checkout@v4
                    with:
                      fetch-depth: 0
                  - run: npm ci
                    shell: bash
                    env:
                      A: b
              call:
                needs: build
                uses: octo/reusable/.github/workflows/deploy.yml@main
                with:
                  env: prod
                secrets: inherit
            """;

    @Test
    void readsTheWorkflowLevelKeys() {
        Workflow wf = workflow(CI).workflow().orElseThrow();
        assertEquals("CI", wf.name().orElseThrow().value());
        assertEquals(Range.of(1, 0, 1, 2), wf.on().orElseThrow().key().range());
        assertTrue(wf.permissions().orElseThrow().asMapping().orElseThrow().has("contents"));
        assertEquals("true", wf.env().orElseThrow().getText("CI").orElseThrow());
        assertEquals("bash -e {0}", wf.defaultShell().orElseThrow().value());
        assertEquals(List.of("build", "call"), wf.jobs().stream().map(Job::id).toList());
        assertEquals("call", wf.job("call").orElseThrow().id());
    }

    @Test
    void readsAJobThatRunsSteps() {
        Job build = workflow(CI).workflow().orElseThrow().job("build").orElseThrow();
        assertEquals(Range.of(12, 2, 12, 7), build.idRange());
        assertEquals(List.of("ubuntu-latest"), build.runsOnLabels());
        assertEquals("node:20", build.container().orElseThrow().asText().orElseThrow());
        assertTrue(build.services().orElseThrow().has("redis"));
        assertEquals("sh", build.defaultShell().orElseThrow().value());
        assertFalse(build.isReusableWorkflowCall());
        assertEquals(2, build.steps().size());

        Step checkout = build.steps().get(0);
        assertEquals(0, checkout.index());
        assertEquals("checkout", checkout.id().orElseThrow().value());
        assertEquals("Check out", checkout.name().orElseThrow().value());
        assertEquals("actions/checkout", checkout.uses().orElseThrow().name());
        assertEquals("0", checkout.with().orElseThrow().getText("fetch-depth").orElseThrow());
        assertEquals(Range.of(22, 6, 22, 7), checkout.dashRange());
        assertEquals(Range.of(22, 6, 26, 24), checkout.itemRange());
        assertTrue(checkout.run().isEmpty());
        assertEquals(build, checkout.job().orElseThrow());

        Step run = build.steps().get(1);
        assertEquals("npm ci", run.runScalar().orElseThrow().value());
        assertEquals("bash", run.run().orElseThrow().shell());
        assertEquals("b", run.env().orElseThrow().getText("A").orElseThrow());
    }

    @Test
    void readsAReusableWorkflowCall() {
        Job call = workflow(CI).workflow().orElseThrow().job("call").orElseThrow();
        assertTrue(call.isReusableWorkflowCall());
        UsesRef uses = call.uses().orElseThrow();
        assertEquals(UsesRef.Kind.REMOTE_WORKFLOW, uses.kind());
        assertEquals(Range.of(33, 53, 33, 57), uses.refRange().orElseThrow());
        assertEquals("prod", call.with().orElseThrow().getText("env").orElseThrow());
        assertEquals("inherit", call.secrets().orElseThrow().asText().orElseThrow());
        assertEquals("build", call.needs().orElseThrow().asText().orElseThrow());
        assertTrue(call.steps().isEmpty());
    }

    @Test
    void listsEveryUsesInDocumentOrder() {
        assertEquals(List.of("actions/checkout@v4", "octo/reusable/.github/workflows/deploy.yml@main"),
                workflow(CI).uses().stream().map(UsesRef::value).toList());
        assertEquals(2, workflow(CI).steps().size());
    }

    @Test
    void compositeActionStepsAreSteps() {
        WorkflowFile file = action("""
                name: Setup
                description: Installs things
                inputs:
                  version:
                    required: true
                runs:
                  using: composite
                  steps:
                    - uses: actions/setup-node@v4
                    - run: npm install
                      shell: bash
                """);
        assertTrue(file.isAction());
        assertTrue(file.workflow().isEmpty());
        ActionMetadata action = file.action().orElseThrow();
        assertTrue(action.isComposite());
        assertEquals("Setup", action.name().orElseThrow().value());
        assertTrue(action.inputs().orElseThrow().has("version"));
        assertEquals(2, file.steps().size());
        Step run = file.steps().get(1);
        assertTrue(run.job().isEmpty());
        assertEquals(action, run.action().orElseThrow());
        assertEquals("bash", run.run().orElseThrow().shell());
        assertEquals(List.of("actions/setup-node@v4"), file.uses().stream().map(UsesRef::value).toList());
    }

    @Test
    void aDockerActionHasNoSteps() {
        ActionMetadata action = action("name: x\nruns:\n  using: docker\n  image: Dockerfile\n").action().orElseThrow();
        assertFalse(action.isComposite());
        assertTrue(action.steps().isEmpty());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "file:///r/.github/workflows/ci.yml, WORKFLOW",
        "file:///r/action.yml, ACTION",
        "file:///r/sub/dir/action.yaml, ACTION",
        "file:///r/Action.YML, ACTION",
        "file:///r/.github/workflows/action.yml, WORKFLOW",
        "untitled:Untitled-1, WORKFLOW",
        "C:\\r\\action.yml, ACTION"})
    void kindComesFromTheFileName(String uri, WorkflowFile.Kind kind) {
        assertEquals(kind, WorkflowFile.kindOf(uri));
    }

    @Test
    void jobsFollowAliasesAndSkipMergeKeys() {
        WorkflowFile file = workflow("""
                x-steps: &steps
                  - run: make
                jobs:
                  a:
                    runs-on: ubuntu-latest
                    steps: *steps
                  b:
                    runs-on: ubuntu-latest
                    steps: *steps
                """);
        assertEquals(2, file.steps().size());
        assertEquals(Range.of(1, 9, 1, 13), file.steps().get(1).runScalar().orElseThrow().range());
    }

    @Test
    void windowsJobsDefaultToPwsh() {
        WorkflowFile file = workflow("""
                jobs:
                  win:
                    runs-on: [self-hosted, Windows]
                    steps:
                      - run: npm install
                  linux:
                    runs-on: { group: big, labels: [ubuntu-24.04] }
                    steps:
                      - run: npm install
                  matrix:
                    runs-on: ${{ matrix.os }}
                    steps:
                      - run: npm install
                """);
        assertEquals(List.of("pwsh", "bash", "bash"),
                file.steps().stream().map(s -> s.run().orElseThrow().shell()).toList());
        assertTrue(file.steps().get(0).run().orElseThrow().shellScalar().isEmpty());
    }

    @Test
    void shellComesFromStepThenJobThenWorkflowDefaults() {
        WorkflowFile file = workflow("""
                defaults:
                  run:
                    shell: sh
                jobs:
                  a:
                    runs-on: windows-latest
                    steps:
                      - run: x
                  b:
                    runs-on: ubuntu-latest
                    defaults: { run: { shell: pwsh } }
                    steps:
                      - run: x
                      - run: x
                        shell: python
                      - run: x
                        shell:
                """);
        List<Optional<RunScript>> runs = file.steps().stream().map(Step::run).toList();
        assertEquals(List.of("sh", "pwsh", "python", "pwsh"), runs.stream().map(r -> r.orElseThrow().shell()).toList());
        assertEquals(Range.of(2, 11, 2, 13), runs.get(0).orElseThrow().shellScalar().orElseThrow().range());
    }

    static Stream<String> garbage() {
        return Stream.of(
                "",
                "\uFEFF",
                "# only a comment\n",
                "just a string\n",
                "- a\n- b\n",
                "jobs:\n",
                "jobs: ~\n",
                "jobs: [build, test]\n",
                "jobs: build\n",
                "jobs:\n  build:\n",
                "jobs:\n  build: ~\n",
                "jobs:\n  build: [1, 2]\n",
                "jobs:\n  build:\n    steps: run npm install\n",
                "jobs:\n  build:\n    steps:\n      - npm install\n      -\n      - ~\n      - [run, x]\n      - run:\n      - run: [a]\n",
                "jobs:\n  build:\n    steps:\n      - uses:\n      - uses: ~\n      - uses: {a: b}\n      - uses: 42\n",
                "jobs:\n  ? [a, b]\n  : runs-on: x\n  ~: {}\n  <<: {steps: []}\n",
                "jobs:\n  a:\n    runs-on: {labels: {x: y}}\n    defaults: {run: ~}\n    steps:\n      - run: x\n",
                "jobs:\n  a:\n    steps:\n      - run: *undefined\n",
                "jobs:\n  a:\n    steps:\n      - run: \"unclosed\n",
                "jobs: &j\n  a: *j\n",
                "on: [push\njobs:\n  a:\n",
                "runs:\n  steps: 7\n",
                "runs: [a]\n",
                "\0\1\2binary");
    }

    @ParameterizedTest
    @MethodSource("garbage")
    void oddShapesNeverThrow(String text) {
        for (WorkflowFile file : List.of(workflow(text), action(text))) {
            file.jobs().forEach(job -> {
                job.runsOnLabels();
                job.runsOnWindows();
                job.uses();
                job.defaultShell();
                job.container();
            });
            for (Step step : file.steps()) {
                step.id();
                step.uses();
                step.itemRange();
                step.dashRange();
                step.run().ifPresent(run -> {
                    run.commands();
                    run.shellName();
                });
            }
            file.uses().forEach(u -> {
                u.refRange();
                u.isFullSha();
                u.path();
            });
            file.action().ifPresent(a -> a.using().map(YamlScalar::value));
        }
    }

    @Test
    void garbageShapesGiveWhatCanBeRead() {
        WorkflowFile file = workflow("jobs:\n  build:\n    steps:\n      - npm install\n      - run: echo ok\n");
        assertEquals(2, file.steps().size());
        assertTrue(file.steps().get(0).mapping().isEmpty());
        assertTrue(file.steps().get(0).run().isEmpty());
        assertEquals("echo ok", file.steps().get(1).run().orElseThrow().value());
        assertTrue(workflow("jobs: [build, test]\n").jobs().isEmpty());
        assertTrue(workflow("- a\n").workflow().isEmpty());
        assertEquals(1, workflow("jobs:\n  build: ~\n").jobs().size());
        assertTrue(workflow("jobs:\n  build: ~\n").jobs().get(0).mapping().isEmpty());
    }
}
