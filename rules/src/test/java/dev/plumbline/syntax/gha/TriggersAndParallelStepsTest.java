package dev.plumbline.syntax.gha;

import static dev.plumbline.syntax.gha.Parsed.action;
import static dev.plumbline.syntax.gha.Parsed.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TriggersAndParallelStepsTest {

    @Test
    void triggersInEveryShape() {
        assertEquals(List.of("push"), names(workflow("on: push\n")));
        assertEquals(List.of("push", "fork"), names(workflow("on: [push, fork]\n")));
        WorkflowFile mapping = workflow("on:\n  push:\n    branches: [main]\n  workflow_dispatch:\n");
        assertEquals(List.of("push", "workflow_dispatch"), names(mapping));
        Workflow w = mapping.workflow().orElseThrow();
        assertTrue(w.trigger("push").orElseThrow().settingsMapping().orElseThrow().has("branches"));
        assertTrue(w.trigger("workflow_dispatch").orElseThrow().settings().isEmpty(), "null settings read as absent");
        assertEquals("2:3-2:7", w.trigger("push").orElseThrow().nameNode().range().toString());
        assertEquals(List.of(), names(workflow("jobs: {}\n")));
        assertEquals(List.of(), names(workflow("on: {}\n")));
    }

    @Test
    void stepsOfParallelGroupsFollowTheirGroup() {
        WorkflowFile file = workflow("""
                on: push
                jobs:
                  a:
                    runs-on: x
                    steps:
                      - run: first
                      - parallel:
                          - run: one
                          - parallel:
                              - run: deep
                      - run: last
                """);
        List<Step> steps = file.jobs().get(0).steps();
        assertEquals(List.of("first", "", "one", "", "deep", "last"),
                steps.stream().map(s -> s.runScalar().map(r -> r.value()).orElse("")).toList());
        assertTrue(steps.get(2).parallelGroup().orElseThrow() == steps.get(1));
        assertTrue(steps.get(0).parallelGroup().isEmpty());
        assertEquals("8:11-8:12", steps.get(2).dashRange().toString());
        assertEquals(6, file.steps().size());
        assertEquals(2, action("runs:\n  using: composite\n  steps:\n    - parallel:\n        - run: x\n"
                + "          shell: bash\n").steps().size());
    }

    private static List<String> names(WorkflowFile file) {
        return file.workflow().map(w -> w.triggers().stream().map(Trigger::name).toList()).orElse(List.of());
    }
}
