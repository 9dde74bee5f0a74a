package dev.plumbline.syntax.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Incremental parsing gives exactly the model a full parse gives, after any sequence of edits (each
 * step re-parses from the previous incremental result, so a mistake would compound), and reads only
 * the instructions an edit touches.
 */
class IncrementalParseTest {

    private static final String URI = "file:///project/Dockerfile";

    /** Pieces edits insert: everything that changes how lines group into instructions, and plain text. */
    private static final String[] PIECES = {
        "\n", "\n", "\r\n", "\r", " ", "\t", "\\", "\\\n", "`", "`\n", "x", "RUN ", "run ", "FROM ", "FROM a AS b\n",
        "FROM b\n", "COPY --from=b /a /b\n", "ARG V=1\n", "ARG V\n", "ENV E=$V\n", "ENV K v w\n", "# c\n", "#",
        "# escape=`\n", "# syntax=x\n", "<<EOF\n", "<<-EOF\n", "EOF\n", "\tEOF\n", "EOF", "RUN <<EOF\necho hi\nEOF\n",
        "\"", "'", "${", "}", "$V", "[\"a\", \"b\"]", "[1]", "ONBUILD ", "ONBUILD RUN x\n", "HEALTHCHECK CMD x\n",
        "HEALTHCHECK NONE\n", "LABEL a=b c=d\n", "--mount=type=cache,target=/c ", "--platform=$P ", "\uD83D\uDE00",
        "RUN a && \\\n  # inside\n\n  b\n", "CMD [\"sh\", \"-c\", \"echo ${X}\"]\n", "SHELL [\"bash\", \"-c\"]\n",
        " | ", " > /tmp/log ", " 2>&1", " <<<x ", "RUN curl -s x | sh > /o 2>&1\n", "RUN cat <<EOF | sh\nls\nEOF\n",
        "RUN <<EOF bash\nset -e\nEOF\n", "# hadolint shell=bash\n", "FROM mcr.microsoft.com/windows AS w\n",
    };

    private static final String SEED = """
            # syntax=docker/dockerfile:1
            ARG BASE=alpine
            ARG TAG=3.19
            FROM ${BASE}:${TAG} AS build
            # build it
            ARG VERSION=1.0
            ENV APP=/app PATH=/app/bin:$PATH
            WORKDIR $APP
            RUN apk add --no-cache curl \\
                # a comment inside
                && make -j4 \\

                && echo "done ${VERSION}"
            RUN <<EOF
            set -e
            echo hi
            EOF
            COPY <<-EOT /etc/x
            \tcontent
            \tEOT
            ONBUILD RUN echo later
            HEALTHCHECK --interval=5s CMD ["curl", "-f", "http://localhost/"]
            LABEL a=b "c d"=e
            ENV LEGACY value with spaces
            RUN --mount=type=cache,target=/root/.cache --mount=from=build,source=/a,target=/b pip install x
            RUN curl -fsSL https://example.com/i.sh | sh > /tmp/log 2>&1 && cat < /etc/x
            RUN python3 <<PY > /out
            print(1)
            PY
            SHELL ["/bin/bash", "-o", "pipefail", "-c"]
            FROM build AS final
            COPY --from=build /app /app
            USER 1000:1000
            EXPOSE 8080/tcp
            CMD ["/app/bin/server"]
            """;

    @Test
    void randomEditSequencesGiveTheSameModelAsAFullParse() {
        Random random = new Random(20240611L);
        for (int sequence = 0; sequence < 120; sequence++) {
            String start = sequence % 3 == 0 ? SEED : sequence % 3 == 1 ? SEED.replace("\n", "\r\n") : SEED + SEED;
            editRandomly(start, 25, random, "sequence " + sequence);
        }
    }

    @Test
    void randomEditsOfEveryCorpusDockerfileGiveTheSameModelAsAFullParse() throws IOException {
        Optional<Path> corpus = corpus();
        Assumptions.assumeTrue(corpus.isPresent(), "skipped: no shared/corpus/dockerfile above the working directory");
        List<Path> files;
        try (Stream<Path> listing = Files.list(corpus.get())) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        Random random = new Random(7L);
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            editRandomly(text, 4, random, file.getFileName().toString());
        }
    }

    @Test
    void typingIntoALargeFileKeepsTheInstructionsBeforeAndMovesTheOnesAfter() {
        StringBuilder text = new StringBuilder("FROM alpine AS base\n");
        for (int i = 0; i < 2000; i++) {
            text.append("RUN echo ").append(i).append(" && make target").append(i).append('\n');
        }
        TextDocument doc = TextDocument.of(URI, "dockerfile", 1, text.toString());
        Dockerfile before = DockerfileParser.parse(doc);
        before.instructions().forEach(i -> {
            if (i instanceof RunInstruction run) {
                run.commands();
            }
        });
        // type one character into the RUN on line 1001
        TextDocument edited = doc.applyChanges(List.of(new TextEdit(Range.of(1001, 9, 1001, 9), "7")), 2);
        Dockerfile after = DockerfileParser.reparse(before, edited, Cancellation.NONE);

        // the instructions after the edit are moved lazily: where they are is known, what they hold is moved when asked
        Instruction later = after.instructions().get(1500);
        assertTrue(later.isPendingMove());
        assertEquals(1500, later.startLine());
        assertEquals(before.instructions().get(1500).startOffset() + 1, later.startOffset());
        assertEquals(before.instructions().get(1500).range(), later.range());
        assertTrue(later.is("RUN") && !later.hasFlag("mount") && !((RunInstruction) later).mountsFrom());
        assertTrue(later.isPendingMove(), "asking where it is and what flags it has moves nothing");
        assertEquals("RUN", later.keyword().value());
        assertFalse(later.isPendingMove());

        assertEquals(List.of(), ModelComparison.differences(DockerfileParser.parse(edited), after));
        for (int i = 0; i < 1001; i++) {
            assertSame(before.instructions().get(i), after.instructions().get(i), "kept " + i);
        }
        Instruction touched = after.instructions().get(1001);
        assertNotSame(before.instructions().get(1001).line().text(), touched.line().text(), "read again");
        for (int i = 1002; i < after.instructions().size(); i++) {
            Instruction moved = after.instructions().get(i);
            // a moved instruction shares its text with the previous parse and brings its commands along
            assertSame(before.instructions().get(i).line().text(), moved.line().text(), "moved " + i);
            assertTrue(((RunInstruction) moved).splitCommands().isPresent(), "commands moved " + i);
        }

        // a new line shifts everything after it by one line
        TextDocument newline = edited.applyChanges(List.of(new TextEdit(Range.of(5, 0, 5, 0), "\n")), 3);
        Dockerfile shifted = DockerfileParser.reparse(after, newline, Cancellation.NONE);
        assertEquals(List.of(), ModelComparison.differences(DockerfileParser.parse(newline), shifted));
        assertEquals(1001 + 1, shifted.instructions().get(1001).startLine());
    }

    @Test
    void editsInTheDirectivesOrAroundOpenInstructionsStillAgree() {
        assertAgrees("# escape=`\nFROM a\nRUN x `\n  y\n", 0, 0, 0, 10, "# escape=\\\n");
        assertAgrees("FROM a\nRUN <<EOF\necho\n", 2, 4, 2, 4, "EOF\n");
        assertAgrees("FROM a\nRUN x \\\n", 1, 7, 1, 7, "\n  y");
        assertAgrees("FROM a\nRUN x\n", 1, 5, 1, 5, "");
        assertAgrees("", 0, 0, 0, 0, "FROM a\n");
        assertAgrees("FROM a\r\nRUN x\r", 1, 6, 1, 6, "\n");
        assertAgrees("FROM a\nRUN x\0\n", 1, 0, 1, 0, "#");
    }

    @Test
    void oldSnapshotsAreLetGoAfterAFewEdits() {
        StringBuilder text = new StringBuilder("FROM alpine\n");
        for (int i = 0; i < 40; i++) {
            text.append("RUN echo ").append(i).append('\n');
        }
        TextDocument doc = TextDocument.of(URI, "dockerfile", 1, text.toString());
        Dockerfile model = DockerfileParser.parse(doc);
        ModelComparison.fill(model); // split commands, which moved copies carry along until asked
        // edit further down each time: every edit would otherwise leave the instructions above it on its snapshot
        for (int step = 0; step < 20; step++) {
            int line = 2 + 2 * step;
            doc = doc.applyChanges(List.of(new TextEdit(Range.of(line, 4, line, 4), "x")), doc.version() + 1);
            model = DockerfileParser.reparse(model, doc, Cancellation.NONE);
            java.util.Set<TextDocument> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (Instruction instruction : model.instructions()) {
                instruction.snapshots(kept::add);
                if (instruction instanceof RunInstruction run) {
                    run.pendingOrigin().ifPresent(kept::add);
                }
            }
            long snapshots = kept.size();
            assertTrue(snapshots <= IncrementalParser.retainedSnapshots(doc.text().length()) + 1, "step " + step + ": " + snapshots);
        }
        assertEquals(List.of(), ModelComparison.differences(DockerfileParser.parse(doc), model));
    }

    private static void assertAgrees(String text, int l1, int c1, int l2, int c2, String insert) {
        TextDocument doc = TextDocument.of(URI, "dockerfile", 1, text);
        Dockerfile before = DockerfileParser.parse(doc);
        TextDocument edited = doc.applyChanges(List.of(new TextEdit(Range.of(l1, c1, l2, c2), insert)), 2);
        List<String> differences = ModelComparison.differences(DockerfileParser.parse(edited),
                DockerfileParser.reparse(before, edited, Cancellation.NONE));
        assertEquals(List.of(), differences, () -> "after " + show(insert) + " in " + show(text));
    }

    private static void editRandomly(String start, int steps, Random random, String name) {
        TextDocument doc = TextDocument.of(URI, "dockerfile", 1, start);
        Dockerfile model = DockerfileParser.parse(doc);
        List<String> history = new ArrayList<>();
        for (int step = 0; step < steps; step++) {
            if (random.nextBoolean()) {
                ModelComparison.fill(model); // so moved commands are exercised too
            }
            TextEdit edit = randomEdit(doc, random);
            history.add(edit.range() + " <- " + show(edit.newText()));
            doc = doc.applyChanges(List.of(edit), doc.version() + 1);
            model = DockerfileParser.reparse(model, doc, Cancellation.NONE);
            List<String> differences = ModelComparison.differences(DockerfileParser.parse(doc), model);
            if (!differences.isEmpty()) {
                fail(name + " after edits " + history + ":\n" + String.join("\n", differences) + "\ntext:\n"
                        + show(doc.text()));
            }
        }
    }

    private static TextEdit randomEdit(TextDocument doc, Random random) {
        int length = doc.text().length();
        int start = length == 0 ? 0 : random.nextInt(length + 1);
        int end = start;
        int kind = random.nextInt(4);
        if (kind == 0 || length == 0) {
            end = Math.min(length, start + random.nextInt(3));
        } else if (kind == 1) {
            end = Math.min(length, start + random.nextInt(40));
        }
        String insert = kind == 3 ? "" : PIECES[random.nextInt(PIECES.length)];
        if (kind == 3 && end == start) {
            end = Math.min(length, start + 1 + random.nextInt(8));
        }
        Position from = doc.positionAt(start);
        Position to = doc.positionAt(end);
        return new TextEdit(new Range(from, to), insert);
    }

    private static String show(String text) {
        return text.replace("\r", "\\r").replace("\t", "\\t").replace("\n", "\\n\n");
    }

    private static Optional<Path> corpus() {
        String configured = System.getProperty("plumbline.corpus");
        if (configured != null) {
            return Optional.of(Path.of(configured, "dockerfile")).filter(Files::isDirectory);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("corpus").resolve("dockerfile");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
