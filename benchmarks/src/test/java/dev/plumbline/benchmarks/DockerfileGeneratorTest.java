package dev.plumbline.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.DockerfileParser;
import dev.plumbline.text.TextDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's input is what it claims to be: long, valid, shaped like real Dockerfiles, the same every time. */
class DockerfileGeneratorTest {

    @Test
    void writesALongValidDockerfileShapedLikeTheCorpus() {
        String text = DockerfileGenerator.generate(10_000, 42);
        Dockerfile dockerfile = DockerfileParser.parse(TextDocument.of("file:///w/Dockerfile", text));

        int lines = dockerfile.document().lineCount();
        assertTrue(lines >= 10_000 && lines < 10_200, "lines: " + lines);
        assertEquals(List.of(), dockerfile.problems());
        double linesPerInstruction = (double) lines / dockerfile.instructions().size();
        double instructionsPerStage = (double) dockerfile.instructions().size() / dockerfile.stages().size();
        assertTrue(linesPerInstruction > 2.8 && linesPerInstruction < 4.5, "lines per instruction: " + linesPerInstruction);
        assertTrue(instructionsPerStage > 5 && instructionsPerStage < 12, "instructions per stage: " + instructionsPerStage);
        assertEquals(text, DockerfileGenerator.generate(10_000, 42));
    }
}
