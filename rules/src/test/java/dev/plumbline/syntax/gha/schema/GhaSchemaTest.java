package dev.plumbline.syntax.gha.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlPath;
import dev.plumbline.text.Position;
import dev.plumbline.text.TextDocument;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GhaSchemaTest {

    private final GhaSchema schema = GhaSchema.get();

    @Test
    void loadsOnceWithEveryPart() {
        assertTrue(GhaSchema.get() == schema, "one instance");
        assertTrue(schema.workflow().properties().keySet().containsAll(List.of("name", "on", "jobs", "permissions")));
        assertTrue(schema.workflow().property("on").orElseThrow().required());
        assertEquals(List.of("github", "inputs", "vars"),
                schema.workflow().property("run-name").orElseThrow().expressionContexts().orElseThrow());
        assertTrue(schema.event("pull_request").orElseThrow().activityTypes().contains("synchronize"));
        assertEquals(List.of("branches", "branches-ignore", "tags", "tags-ignore", "paths", "paths-ignore"),
                schema.event("push").orElseThrow().filters());
        assertFalse(schema.event("push").orElseThrow().hasTypes());
        assertTrue(schema.event("repository_dispatch").orElseThrow().anyTypes());
        assertEquals(List.of("write", "none"), schema.permissionScope("id-token").orElseThrow().levels());
        assertTrue(schema.runnerLabel("ubuntu-20.04").orElseThrow().retired());
        assertTrue(schema.currentRunnerLabels().contains("ubuntu-latest"));
        assertTrue(schema.selfHostedLabels().contains("self-hosted"));
    }

    @Test
    void everyKeyAndEventIsDescribed() {
        for (SchemaType type : List.of(schema.workflow(), schema.type("step-job").orElseThrow(),
                schema.type("call-job").orElseThrow(), schema.type("step").orElseThrow(), schema.action())) {
            type.properties().values().forEach(p -> assertTrue(p.description().isPresent(), type + "." + p.name()));
        }
        schema.events().forEach(e -> assertTrue(e.description().isPresent(), e.name()));
        schema.permissionScopes().forEach(p -> assertFalse(p.doc().isBlank(), p.name()));
    }

    @Test
    void describesTypesForMessages() {
        assertEquals("a number", schema.type("step-job").orElseThrow().property("timeout-minutes").orElseThrow()
                .type().describe());
        assertEquals("a string or a mapping", schema.type("concurrency").orElseThrow().describe());
        assertEquals("\"inherit\" or a mapping", schema.type("call-job-secrets").orElseThrow().describe());
    }

    @Test
    void locatesKeysAndValuesForHoverAndCompletion() {
        String text = """
                on:
                  pull_request:
                    types: [opened]
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    strategy:
                      fail-fast: false
                    steps:
                      - run: make
                        shell: bash
                  call:
                    uses: ./.github/workflows/x.yml
                    secrets: inherit
                """;
        SchemaSite timeout = site(text, 5, 6);
        assertEquals("runs-on", timeout.property().orElseThrow().name());
        assertTrue(timeout.property().orElseThrow().description().orElseThrow().contains("runner"));
        assertTrue(timeout.expressionContexts().contains("matrix"));
        assertTrue(timeout.mapping().orElseThrow().properties().containsKey("timeout-minutes"), "keys to complete");

        SchemaSite types = site(text, 2, 14);
        assertEquals("pull_request", types.event().orElseThrow().name());
        assertEquals("types", types.property().orElseThrow().name());

        SchemaSite failFast = site(text, 7, 18);
        assertEquals(List.of("true", "false"), failFast.valueChoices());
        assertEquals(List.of(), failFast.expressionContexts().stream().filter(c -> c.equals("steps")).toList());

        SchemaSite shell = site(text, 10, 10);
        assertEquals("shell", shell.property().orElseThrow().name());
        assertFalse(shell.allowsExpressions(), "shell takes no expressions");

        SchemaSite secrets = site(text, 13, 15);
        assertEquals("reusable-workflow call", secrets.mapping().orElseThrow().title().orElseThrow());
        assertTrue(secrets.valueChoices().contains("inherit"));
    }

    @Test
    void validatorNeverThrowsOnGarbage() {
        Random random = new Random(42);
        String alphabet = "ab: -[]{}\n  #&*!|>'\"${{}},";
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder("on: push\njobs:\n  a:\n");
            int length = random.nextInt(80);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            WorkflowFile file = WorkflowFile.parse(TextDocument.of("file:///w/.github/workflows/x.yml", text.toString()),
                    Cancellation.NONE);
            file.schemaProblems();
            WorkflowFile.parse(TextDocument.of("file:///w/action.yml", text.toString()), Cancellation.NONE).schemaProblems();
        }
    }

    private static SchemaSite site(String text, int line, int column) {
        WorkflowFile file = WorkflowFile.parse(TextDocument.of("file:///w/.github/workflows/x.yml", text), Cancellation.NONE);
        Optional<YamlPath> path = file.yaml().pathAt(new Position(line, column));
        return SchemaSite.locate(GhaSchema.get().workflow(), path.orElseThrow()).orElseThrow();
    }
}
