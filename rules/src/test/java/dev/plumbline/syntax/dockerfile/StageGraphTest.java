package dev.plumbline.syntax.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StageGraphTest {

    private static final String CHAIN = """
            ARG BASE=debian:12
            FROM ${BASE} AS base
            ENV APP_HOME=/srv/app PATH_X=$APP_HOME/bin
            USER app
            SHELL ["/bin/bash", "-o", "pipefail", "-c"]
            HEALTHCHECK CMD true
            FROM base AS build
            RUN make
            FROM alpine:3.20 AS other
            COPY --from=build /out /out
            FROM build
            USER root
            RUN --mount=from=other,target=/o ls
            COPY --from=0 /a /b
            """;

    private static List<Integer> indexes(List<Stage> stages) {
        return stages.stream().map(Stage::index).toList();
    }

    @Test
    void finalStageIsTheLastOrTheTarget() {
        Dockerfile d = Parsed.parse(CHAIN);
        assertEquals(3, d.finalStage().orElseThrow().index());
        assertEquals(2, d.stageGraph().finalStage("OTHER").orElseThrow().index());
        assertEquals(3, d.stageGraph().finalStage("nope").orElseThrow().index());
        assertEquals(Optional.empty(), Parsed.parse("ARG X\n").finalStage());
    }

    @Test
    void chainsFollowFromStage() {
        Dockerfile d = Parsed.parse(CHAIN);
        assertEquals(List.of(0, 1, 3), indexes(d.stageChain(d.stages().get(3))));
        assertEquals(List.of(2), indexes(d.stageChain(d.stages().get(2))));
        assertEquals("debian:12", d.stageGraph().rootImage(d.stages().get(3)).text());
    }

    @Test
    void settingsAreInheritedAlongTheChain() {
        Dockerfile d = Parsed.parse(CHAIN);
        Stage build = d.stages().get(1);
        StageGraph.User inherited = d.effectiveUser(build).orElseThrow();
        assertEquals(Optional.of("app"), inherited.value());
        assertTrue(inherited.isNonRoot());
        assertFalse(inherited.isNumeric());
        assertTrue(d.effectiveUser(d.stages().get(3)).orElseThrow().isRoot());
        assertEquals(Optional.empty(), d.effectiveUser(d.stages().get(2)));
        assertTrue(d.effectiveShell(build).isPresent());
        assertTrue(d.stageGraph().healthcheck(d.stages().get(3)).isPresent());
        assertEquals(Optional.empty(), d.stageGraph().healthcheck(d.stages().get(2)));
        Map<String, String> env = d.inheritedEnv(build);
        assertEquals(List.of("APP_HOME", "PATH_X"), List.copyOf(env.keySet()));
        assertEquals("/srv/app", env.get("APP_HOME"));
        assertEquals(null, env.get("PATH_X"), "pairs of one ENV see the values from before it: unknown here");
    }

    @Test
    void userBeforeAnInstructionSeesOnlyWhatPrecedesIt() {
        Dockerfile d = Parsed.parse("FROM alpine:3.20 AS a\nUSER 1000:1000\nFROM a\nCOPY x y\nUSER 0\nCOPY z w\n");
        List<Instruction> last = d.stages().get(1).instructions();
        StageGraph.User first = d.stageGraph().userBefore(last.get(0)).orElseThrow();
        assertEquals(Optional.of("1000"), first.user());
        assertEquals(Optional.of("1000"), first.group());
        assertTrue(first.isNumeric());
        assertTrue(d.stageGraph().userBefore(last.get(2)).orElseThrow().isRoot());
    }

    @Test
    void userValuesResolveArgsAndInheritedEnvButNotUnknowns() {
        Dockerfile d = Parsed.parse("FROM alpine:3.20 AS a\nENV U=app\nFROM a\nARG ID\nUSER $U\nFROM a\nARG ID\nUSER ${ID}\n");
        assertEquals(Optional.of("app"), d.effectiveUser(d.stages().get(1)).orElseThrow().value());
        StageGraph.User unknown = d.effectiveUser(d.stages().get(2)).orElseThrow();
        assertEquals(Optional.empty(), unknown.value());
        assertFalse(unknown.isRoot());
        assertFalse(unknown.isNonRoot());
    }

    @Test
    void referencesNameTheirStages() {
        Dockerfile d = Parsed.parse(CHAIN);
        List<String> refs = d.stageGraph().references().stream()
                .map(r -> r.kind() + ":" + r.written() + "->" + r.target().index()).toList();
        assertEquals(List.of("FROM:base->0", "COPY_FROM:build->1", "FROM:build->1", "MOUNT_FROM:other->2",
                "COPY_FROM:0->0"), refs);
        assertEquals(List.of(1, 2, 0), indexes(d.stageGraph().dependencies(d.stages().get(3))));
    }

    @Test
    void triggersDoNotCountAsSettings() {
        Dockerfile d = Parsed.parse("FROM alpine:3.20\nONBUILD USER app\n");
        assertEquals(Optional.empty(), d.effectiveUser(d.stages().get(0)));
    }

    @Test
    void stagesThatNeedEachOtherAreInOneCycle() {
        Dockerfile d = Parsed.parse("""
                FROM alpine:3.20 AS a
                COPY --from=c /x /x
                FROM a AS b
                FROM b AS c
                FROM alpine:3.20 AS d
                COPY --from=d /y /y
                FROM alpine:3.20 AS e
                COPY --from=a /z /z
                """);
        List<Stage> s = d.stages();
        StageGraph graph = d.stageGraph();
        assertTrue(graph.sameCycle(s.get(0), s.get(2)));
        assertTrue(graph.sameCycle(s.get(1), s.get(0)));
        assertTrue(graph.sameCycle(s.get(3), s.get(3)), "needs itself");
        assertFalse(graph.sameCycle(s.get(4), s.get(0)), "e needs a, a does not need e");
        assertFalse(graph.sameCycle(s.get(4), s.get(4)));
    }

    @Test
    void lookingBackFromEveryInstructionOfALongStageFindsTheLastOneBefore() {
        StringBuilder text = new StringBuilder("FROM alpine:3.20 AS base\nUSER a\nFROM base\n");
        for (int i = 0; i < 3000; i++) {
            text.append(i % 100 == 50 ? "USER u" + i + "\n" : "RUN echo " + i + "\n");
        }
        Dockerfile d = Parsed.parse(text.toString());
        StageGraph graph = d.stageGraph();
        String expected = "a";
        for (Instruction instruction : d.stages().get(1).instructions()) {
            assertEquals(expected, graph.lastBefore(instruction, "user").orElseThrow().arguments().get(0).value());
            if (instruction.is("USER")) {
                expected = instruction.arguments().get(0).value();
            }
        }
    }

    @Test
    void usesNameTheSameStagesAsTheReferencesWithoutTheirRanges() {
        Dockerfile d = Parsed.parse(CHAIN);
        StageGraph graph = d.stageGraph();
        assertEquals(graph.references().stream().map(r -> r.at().startLine() + ":" + r.target().index() + ":" + r.kind()).toList(),
                graph.uses().stream().map(u -> u.at().startLine() + ":" + u.target().index() + ":" + u.kind()).toList());
        Instruction copy = d.stages().get(2).instructions().get(0);
        assertEquals(List.of("build"), graph.referencesAt(copy).stream().map(StageGraph.StageReference::written).toList());
        assertEquals(List.of("base"), graph.referencesAt(d.stages().get(1).from()).stream()
                .map(StageGraph.StageReference::written).toList());
    }

    @Test
    void aKeystrokeElsewhereReadsNoMovedCopyFromAgainForTheStageGraph() {
        TextDocument doc = TextDocument.of("file:///project/Dockerfile", "dockerfile", 1, CHAIN);
        Dockerfile before = DockerfileParser.parse(doc);
        before.stageGraph();
        // a character typed in the ENV line of the first stage: every later instruction moves by one
        TextDocument edited = doc.applyChanges(List.of(new TextEdit(Range.of(2, 4, 2, 4), "X")), 2);
        Dockerfile after = DockerfileParser.reparse(before, edited, Cancellation.NONE);
        Instruction copy = after.stages().get(2).instructions().get(0);
        Instruction mount = after.stages().get(3).instructions().get(1);
        assertTrue(copy.isPendingMove() && mount.isPendingMove());

        StageGraph graph = after.stageGraph();
        assertEquals(List.of("1:COPY_FROM", "2:MOUNT_FROM", "0:COPY_FROM"), graph.uses().stream()
                .filter(u -> u.kind() != StageGraph.StageReference.Kind.FROM)
                .map(u -> u.target().index() + ":" + u.kind()).toList());
        assertTrue(copy.isPendingMove() && mount.isPendingMove(), "known from the previous parse, by origin");
        assertEquals(DockerfileParser.parse(edited).stageGraph().references().toString(), graph.references().toString());
    }
}
