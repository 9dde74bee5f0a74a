package dev.plumbline.syntax.gha.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.gha.expr.ExprType.ObjectType;
import dev.plumbline.syntax.gha.expr.ExpressionProblem.Kind;
import dev.plumbline.testing.MarkedSource;
import dev.plumbline.text.Position;
import dev.plumbline.text.TextDocument;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WorkflowExpressionsTest {

    private static final String HEAD = "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n";

    static WorkflowFile workflow(String text) {
        return WorkflowFile.parse(TextDocument.of("file:///r/.github/workflows/ci.yml", text), Cancellation.NONE);
    }

    static WorkflowFile action(String text) {
        return WorkflowFile.parse(TextDocument.of("file:///r/action.yml", text), Cancellation.NONE);
    }

    private static void assertProblems(Kind kind, String marked) {
        MarkedSource source = MarkedSource.parse(marked);
        WorkflowExpressions expressions = workflow(source.text()).expressions();
        List<String> actual = expressions.problems(kind).stream().map(p -> p.range().toString()).sorted().toList();
        List<String> expected = source.ranges().stream().map(Object::toString).sorted().toList();
        assertEquals(expected, actual, () -> expressions.problems().stream()
                .map(p -> p.kind() + " " + p.range() + " " + p.message()).toList().toString());
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(Kind.SYNTAX, "double quotes", HEAD + "      - run: echo ${{ «\"x\"» }}\n"),
                Arguments.of(Kind.SYNTAX, "never closed", HEAD + "      - run: echo «${{» github.sha\n"),
                Arguments.of(Kind.SYNTAX, "bare if", HEAD + "      - if: github.ref «=» 'main'\n        run: x\n"),
                Arguments.of(Kind.SYNTAX, "inside a block scalar", HEAD
                        + "      - run: |\n          echo ok\n          echo ${{ github.sha «&» x }}\n"),
                Arguments.of(Kind.SYNTAX, "keys are not evaluated", HEAD + "      - env:\n          ${{ x: y\n"),
                Arguments.of(Kind.SYNTAX, "on filters are not evaluated", "on:\n  push:\n    branches: ['${{']\n"),
                Arguments.of(Kind.TYPE, "unknown github property", HEAD
                        + "      - run: echo ${{ github.«event_nme» }}\n"),
                Arguments.of(Kind.TYPE, "property of a string", HEAD
                        + "      - run: echo ${{ github.sha.«x» }}\n"),
                Arguments.of(Kind.TYPE, "object rendered", HEAD + "      - run: echo ${{ «github.event» }}\n"),
                Arguments.of(Kind.TYPE, "object as a whole with input", HEAD
                        + "      - uses: a/b@v1\n        with:\n          x: ${{ «github.event» }}\n"),
                Arguments.of(Kind.TYPE, "object comparison", HEAD
                        + "      - if: ${{ «github.event == 'x'» }}\n        run: x\n"),
                Arguments.of(Kind.TYPE, "case-insensitive property is fine", HEAD
                        + "      - run: echo ${{ GitHub.Event_Name }} ${{ github.repositoryurl }}\n"),
                Arguments.of(Kind.TYPE, "toJSON of an object is fine", HEAD
                        + "      - run: echo '${{ toJSON(github.event) }}'\n"),
                Arguments.of(Kind.TYPE, "whole-value object in a matrix is fine", "on: push\njobs:\n  a:\n"
                        + "    strategy:\n      matrix: ${{ fromJSON(needs.x.outputs.m) }}\n    runs-on: x\n"),
                Arguments.of(Kind.AVAILABILITY, "unknown context", HEAD + "      - run: echo ${{ «secret».X }}\n"),
                Arguments.of(Kind.AVAILABILITY, "secrets in if", HEAD
                        + "      - if: «secrets».TOKEN != ''\n        run: x\n"),
                Arguments.of(Kind.AVAILABILITY, "env in job env", "on: push\njobs:\n  a:\n    runs-on: x\n"
                        + "    env:\n      A: ${{ «env».B }}\n"),
                Arguments.of(Kind.AVAILABILITY, "matrix at workflow level", "on: push\nenv:\n  A: ${{ «matrix».x }}\n"),
                Arguments.of(Kind.AVAILABILITY, "success outside if", HEAD + "      - run: echo ${{ «success»() }}\n"),
                Arguments.of(Kind.AVAILABILITY, "hashFiles in job if", "on: push\njobs:\n  a:\n    runs-on: x\n"
                        + "    if: «hashFiles»('x') != ''\n"),
                Arguments.of(Kind.AVAILABILITY, "status functions in step if are fine", HEAD
                        + "      - if: always() && hashFiles('a') != ''\n        run: x\n"),
                Arguments.of(Kind.FUNCTION, "unknown function", HEAD + "      - run: echo ${{ «startWith»('a', 'b') }}\n"),
                Arguments.of(Kind.FUNCTION, "arity", HEAD + "      - run: echo ${{ «contains('a')» }}\n"),
                Arguments.of(Kind.FUNCTION, "case arity", HEAD + "      - run: echo ${{ «case(true, 'a')» }}\n"),
                Arguments.of(Kind.FUNCTION, "format placeholder", HEAD
                        + "      - run: echo ${{ format(«'{0} {1}'», 'a') }}\n"),
                Arguments.of(Kind.FUNCTION, "format unused value", HEAD
                        + "      - run: echo ${{ format('{0}', 'a', «'b'») }}\n"),
                Arguments.of(Kind.FUNCTION, "format escaped braces", HEAD
                        + "      - run: echo ${{ format('{{0}} {0}', 'a') }}\n"),
                Arguments.of(Kind.FUNCTION, "fromJSON literal", HEAD
                        + "      - run: echo ${{ fromJSON(«'[1,]'») }}\n"),
                Arguments.of(Kind.FUNCTION, "object argument", HEAD
                        + "      - run: echo ${{ startsWith(«github.event», 'a') }}\n"),
                Arguments.of(Kind.REFERENCE, "step not defined earlier", HEAD
                        + "      - run: echo ${{ steps.«later».outputs.x }}\n      - id: later\n        run: x\n"),
                Arguments.of(Kind.REFERENCE, "step defined earlier", HEAD
                        + "      - id: first\n        run: x\n      - run: echo ${{ steps.FIRST.outputs.x }}\n"),
                Arguments.of(Kind.REFERENCE, "job outputs see every step", "on: push\njobs:\n  a:\n    runs-on: x\n"
                        + "    outputs:\n      v: ${{ steps.s.outputs.v }}\n      w: ${{ steps.«t».outputs.v }}\n"
                        + "    steps:\n      - id: s\n        run: x\n"),
                Arguments.of(Kind.REFERENCE, "needs", "on: push\njobs:\n  a:\n    runs-on: x\n    outputs:\n      v: x\n"
                        + "  b:\n    needs: a\n    runs-on: x\n    steps:\n"
                        + "      - run: ${{ needs.a.outputs.v }} ${{ needs.a.outputs.«w» }} ${{ needs.«c».result }}\n"),
                Arguments.of(Kind.REFERENCE, "needs of a reusable call are open", "on: push\njobs:\n  a:\n"
                        + "    uses: o/r/.github/workflows/w.yml@v1\n  b:\n    needs: [a]\n    runs-on: x\n    steps:\n"
                        + "      - run: ${{ needs.a.outputs.anything }}\n"),
                Arguments.of(Kind.REFERENCE, "inputs", "on:\n  workflow_dispatch:\n    inputs:\n      tag:\n"
                        + "        type: string\njobs:\n  a:\n    runs-on: x\n    steps:\n"
                        + "      - run: ${{ inputs.tag }} ${{ inputs.«tga» }}\n"),
                Arguments.of(Kind.REFERENCE, "matrix", "on: push\njobs:\n  a:\n    runs-on: x\n    strategy:\n"
                        + "      matrix:\n        os: [a, b]\n        include:\n          - extra: 1\n    steps:\n"
                        + "      - run: ${{ matrix.os }} ${{ matrix.extra }} ${{ matrix.«node» }}\n"),
                Arguments.of(Kind.REFERENCE, "computed matrix is open", "on: push\njobs:\n  a:\n    runs-on: x\n"
                        + "    strategy:\n      matrix: ${{ fromJSON(vars.m) }}\n    steps:\n"
                        + "      - run: ${{ matrix.anything }}\n"),
                Arguments.of(Kind.REFERENCE, "no matrix", HEAD + "      - run: ${{ matrix.«os» }}\n"),
                Arguments.of(Kind.REFERENCE, "secrets and vars are never flagged", HEAD
                        + "      - run: ${{ secrets.ANY }} ${{ vars.ANY }} ${{ env.ANY }}\n"),
                Arguments.of(Kind.REFERENCE, "jobs in workflow_call outputs", "on:\n  workflow_call:\n    outputs:\n"
                        + "      o:\n        value: ${{ jobs.a.outputs.x }} ${{ jobs.«b».outputs.x }}\n"
                        + "jobs:\n  a:\n    runs-on: x\n    outputs:\n      x: y\n"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(Kind kind, String name, String marked) {
        assertProblems(kind, marked);
    }

    @Test
    void typoFixesSuggestTheNearestName() {
        WorkflowExpressions e = workflow(HEAD + "      - run: echo ${{ github.event_nme }} ${{ toJosn(x) }}\n").expressions();
        assertEquals("event_name", e.problems(Kind.TYPE).get(0).replacement());
        assertEquals("toJSON", e.problems(Kind.FUNCTION).get(0).replacement());
        assertEquals("Property \"event_nme\" does not exist in the github context; did you mean \"event_name\"?",
                e.problems(Kind.TYPE).get(0).message());
    }

    @Test
    void placesAndConditions() {
        WorkflowExpressions e = workflow("""
                on: push
                run-name: ${{ github.actor }}
                jobs:
                  a:
                    if: github.event_name == 'push'
                    runs-on: ${{ matrix.os }}
                    steps:
                      - if: ${{ success() }}
                        uses: x/y@${{ github.sha }}
                        with:
                          a: ${{ github.sha }}
                """).expressions();
        assertEquals(List.of("run-name", "jobs.<job_id>.if", "jobs.<job_id>.runs-on", "jobs.<job_id>.steps.if",
                "jobs.<job_id>.steps.with"), e.sites().stream().map(s -> s.place().key()).toList());
        ExpressionSite jobIf = e.sites().get(1);
        assertTrue(jobIf.bareCondition().isPresent());
        assertTrue(jobIf.conditionExpression().isPresent());
        assertTrue(e.sites().get(3).conditionExpression().isPresent());
    }

    @Test
    void actionFilesAreCheckedWithoutTheWorkflowTable() {
        WorkflowFile file = action("""
                name: x
                description: y
                inputs:
                  version:
                    description: v
                runs:
                  using: composite
                  steps:
                    - id: a
                      run: echo ${{ inputs.version }}
                      shell: bash
                    - run: echo ${{ inputs.versoin }} ${{ steps.a.outputs.x }}
                      shell: bash
                """);
        List<ExpressionProblem> problems = file.expressions().problems();
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(Kind.REFERENCE, problems.get(0).kind());
        assertEquals("Input \"versoin\" is not defined in the action's inputs; did you mean \"version\"?",
                problems.get(0).message());
    }

    @Test
    void scopeServesCompletion() {
        WorkflowFile file = workflow(HEAD + "      - id: one\n        run: x\n      - run: echo ${{ steps.one.outputs.x }}\n");
        WorkflowExpressions e = file.expressions();
        ExpressionSite site = e.siteAt(new Position(7, 30)).orElseThrow();
        ExpressionScope scope = e.scope(site);
        ObjectType steps = (ObjectType) scope.typeOf("steps");
        assertEquals(List.of("one"), steps.properties().values().stream().map(ExprType.Property::name).toList());
        assertTrue(scope.availableContexts().contains("secrets"));
        assertFalse(scope.availableContexts().contains("jobs"));
        assertTrue(scope.availableFunctions().stream().anyMatch(f -> f.name().equals("hashFiles")));
        assertFalse(scope.availableFunctions().stream().anyMatch(f -> f.name().equals("success")));
        int offset = site.scalar().value().indexOf("outputs");
        ExprNode node = site.expressionAt(offset).orElseThrow().nodeAt(offset).orElseThrow();
        assertEquals("steps.one.outputs", site.scalar().value().substring(node.start(), node.end()));
    }

    @Test
    void positionsMapThroughQuotedScalars() {
        assertProblems(Kind.TYPE, HEAD + "      - run: \"echo \\\"${{ github.«evnt» }}\\\"\"\n");
        assertProblems(Kind.TYPE, HEAD + "      - run: 'echo ''${{ github.«evnt» }}'''\n");
        assertProblems(Kind.TYPE, HEAD.replace("\n", "\r\n") + "      - run: >\r\n          a\r\n          ${{ github.«evnt» }}\r\n");
    }

    @Test
    void atFindsTheNodeUnderTheCursor() {
        String text = HEAD + "      - run: |\n          echo ${{ github.event_name }}\n";
        WorkflowExpressions e = workflow(text).expressions();
        WorkflowExpressions.At at = e.at(new Position(6, 28)).orElseThrow();
        ExprNode node = at.node().orElseThrow();
        assertEquals("github.event_name", at.site().scalar().value().substring(node.start(), node.end()));
        assertEquals(ExprType.Simple.STRING, ((ObjectType) at.scope().typeOf("github")).typeOf("event_name").orElseThrow());
        assertTrue(e.at(new Position(6, 12)).isEmpty(), "outside ${{ }}");
        assertTrue(e.at(new Position(0, 1)).isEmpty(), "outside any site");
        WorkflowExpressions.At bare = workflow(HEAD + "      - if: success()\n        run: x\n").expressions()
                .at(new Position(5, 14)).orElseThrow();
        assertTrue(bare.node().orElseThrow() instanceof ExprNode.Call);
    }
}
