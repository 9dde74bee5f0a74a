package dev.plumbline.syntax.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.text.TextDocument;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Parsing never throws and stays linear on large, malformed and adversarial input. */
class DockerfileParserRobustnessTest {

    private static final int FIVE_MB = 5 * 1024 * 1024;
    /**
     * A hang guard, not a performance assertion: a linear parse of 5 MB takes about a second even on a
     * loaded machine, a quadratic one takes hours.
     */
    private static final Duration LIMIT = Duration.ofSeconds(60);

    private static String repeat(String unit, String prefix) {
        StringBuilder out = new StringBuilder(FIVE_MB + unit.length() + prefix.length());
        out.append(prefix);
        while (out.length() < FIVE_MB) {
            out.append(unit);
        }
        return out.toString();
    }

    static Stream<Arguments> hugeInputs() {
        return Stream.of(
                Arguments.of("many ordinary instructions", repeat(
                        "FROM python:3.12 AS b\nARG X=1\nENV A=b C=\"d e\"\nRUN pip install x && apt-get update \\\n"
                                + "    && rm -rf /var/lib/apt/lists/*\nCOPY --from=b /a /b\nCMD [\"python\", \"app.py\"]\n", "")),
                Arguments.of("one huge shell line", repeat("a \"b\" 'c' $(d) && ", "RUN ")),
                Arguments.of("one instruction over a million continuation lines", repeat("x \\\n", "RUN ")),
                Arguments.of("unterminated heredocs", repeat("RUN <<EOF\n", "")),
                Arguments.of("heredocs terminated at the very end", repeat("RUN <<EOF\n", "") + "\nEOF\n"),
                Arguments.of("deep JSON", repeat("[", "RUN ")),
                Arguments.of("unbalanced braces", repeat("${", "FROM ")),
                Arguments.of("quotes", repeat("\"", "ENV A=")),
                Arguments.of("key value words", repeat("k=v ", "LABEL ")),
                Arguments.of("directive with blanks", repeat(" ", "# escape=x") + "y\nFROM a\n"),
                Arguments.of("escapes", repeat("\\\\", "RUN ")),
                Arguments.of("comments", repeat("# plumbline ignore=x\n", "")),
                Arguments.of("heredoc markers", repeat(" <<A", "RUN cat")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hugeInputs")
    void parsesFiveMegabytesInLinearTime(String name, String text) {
        assertTimeoutPreemptively(LIMIT, () -> {
            Dockerfile df = DockerfileParser.parse(TextDocument.of("file:///Dockerfile", text));
            touchEverything(df);
        });
    }

    @Test
    void randomInputNeverThrows() {
        Random random = new Random(42);
        String[] pieces = {"FROM ", "RUN ", "ENV ", "ARG ", "COPY ", "ONBUILD ", "SHELL ", "HEALTHCHECK ", "CMD ",
            "LABEL ", "\n", "\r\n", "\r", " ", "\t", "\\", "`", "\\\n", "<<", "<<-", "EOF", "\"", "'", "[", "]", ",",
            "${", "}", "$", "=", "--", "--from=", "--mount=type=cache,target=/x", "#", "# escape=`\n", "(", ")",
            "&&", "|", ";", "sh -c ", "pip install ", "\uFEFF", "\0", "\uD83D\uDE00", "\uD800", "a", "1"};
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String source = text.toString();
            Dockerfile df = DockerfileParser.parse(TextDocument.of("file:///Dockerfile", source));
            touchEverything(df);
        }
    }

    @Test
    void binaryGarbageNeverThrows() {
        Random random = new Random(7);
        char[] chars = new char[200_000];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) random.nextInt(0x10000);
        }
        Dockerfile df = DockerfileParser.parse(TextDocument.of("file:///Dockerfile", new String(chars)));
        touchEverything(df);
        assertTrue(df.problems().stream().anyMatch(p -> p.message().contains("NUL")));
    }

    @Test
    void everyInstructionRangeLiesInsideTheDocument() {
        String text = "FROM a\nRUN <<EOF\nx\nRUN b \\\n";
        Dockerfile df = DockerfileParser.parse(TextDocument.of("file:///Dockerfile", text));
        for (Instruction instruction : df.instructions()) {
            assertTrue(instruction.endOffset() <= text.length());
        }
        assertEquals(3, df.instructions().size());
    }

    /** Walks every lazy part of the model so its computation runs too. */
    private static void touchEverything(Dockerfile df) {
        List<Instruction> all = df.instructions();
        for (Instruction instruction : all) {
            instruction.range();
            Instruction effective = instruction instanceof OnbuildInstruction o ? o.trigger().orElse(instruction) : instruction;
            if (effective instanceof RunInstruction run) {
                run.commands();
                run.mounts();
            }
            df.commentsAbove(instruction);
        }
        for (FromInstruction from : df.froms()) {
            df.baseImage(from);
        }
        for (Stage stage : df.stages()) {
            df.baseStage(stage);
        }
    }
}
