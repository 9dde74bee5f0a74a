package dev.plumbline.syntax.dockerfile;

import static dev.plumbline.syntax.dockerfile.Parsed.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.syntax.image.ImageReference;
import dev.plumbline.syntax.shell.Word;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class VariablesAndImageRefTest {

    private static final String ARGS = "ARG REG=registry.example.com\nARG TAG=1.2\nARG EMPTY=\nARG UNSET\n"
            + "ARG DERIVED=${TAG}-slim\n";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', nullValues = "UNKNOWN", value = {
        "app:$TAG | app:1.2",
        "app:${TAG} | app:1.2",
        "${REG}/app:${DERIVED} | registry.example.com/app:1.2-slim",
        "app:${UNSET:-3.4} | app:3.4",
        "app:${EMPTY:-x} | app:x",
        "app:${EMPTY-x} | app:",
        "app:${NOPE:-${TAG}} | app:1.2",
        "app${TAG:+:v} | app:v",
        "app${UNSET:+:v} | app",
        "\"app:${TAG}\" | app:1.2",
        "'app:${TAG}' | app:${TAG}",
        "app:$UNSET | UNKNOWN",
        "app:${NOPE} | UNKNOWN",
        "app:${TAG%.2} | UNKNOWN",
        "app:${TAG | UNKNOWN",
    })
    void expandsOverGlobalArgDefaults(String raw, String expected) {
        Dockerfile df = parse(ARGS + "FROM scratch\n");
        assertEquals(Optional.ofNullable(expected), Variables.global(df).expand(raw));
    }

    @Test
    void stageScopeSeesRedeclaredGlobalsAndItsOwnArgsAndEnv() {
        Dockerfile df = parse("ARG V=1\nARG W=2\nFROM scratch\nARG V\nENV E=$V-e\nARG S=s\nRUN x\n");
        Instruction run = df.instructions().get(df.instructions().size() - 1);
        Variables vars = Variables.at(df, run);
        assertEquals(Optional.of("1"), vars.value("V"));
        assertEquals(Optional.of("1-e"), vars.value("E"));
        assertEquals(Optional.of("s"), vars.value("S"));
        assertFalse(vars.isDeclared("W"), "a global ARG is not visible in a stage unless redeclared");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // text | kind | registry | repository | tag | digest
        "nginx | IMAGE | - | nginx | - | -",
        "nginx:1.25 | IMAGE | - | nginx | 1.25 | -",
        "library/nginx:latest | IMAGE | - | library/nginx | latest | -",
        "host:5000/app | IMAGE | host:5000 | app | - | -",
        "host:5000/team/app:v1 | IMAGE | host:5000 | team/app | v1 | -",
        "localhost/app | IMAGE | localhost | app | - | -",
        "ghcr.io/o/r:1 | IMAGE | ghcr.io | o/r | 1 | -",
        "mcr.microsoft.com/windows/servercore:ltsc2022 | IMAGE | mcr.microsoft.com | windows/servercore | ltsc2022 | -",
        "[::1]:5000/app:1 | IMAGE | [::1]:5000 | app | 1 | -",
        "scratch | SCRATCH | - | - | - | -",
        "Nginx | UNKNOWN | - | - | - | -",
        "{{ .Image }} | UNKNOWN | - | - | - | -",
        "app: | UNKNOWN | - | - | - | -",
        "app@sha256:short | UNKNOWN | - | - | - | -",
    })
    void parsesReferences(String text, ImageRef.Kind kind, String registry, String repository, String tag, String digest) {
        ImageRef ref = ImageRef.parse(text);
        assertEquals(kind, ref.kind());
        assertEquals(registry, ref.registry());
        assertEquals(repository, ref.repository());
        assertEquals(tag, ref.tag());
        assertEquals(digest, ref.digest());
    }

    @Test
    void digestPins() {
        ImageRef ref = ImageRef.parse("nginx:latest@sha256:" + "a".repeat(64));
        assertTrue(ref.hasDigest());
        assertFalse(ref.isLatest());
        assertFalse(ref.isUntagged());
        assertTrue(ImageRef.parse("nginx:latest").isLatest());
        assertTrue(ImageRef.parse("host:5000/app").isUntagged());
    }

    @Test
    void partRangesForLiteralReferences() {
        String digest = "sha256:" + "ab".repeat(32);
        dev.plumbline.testing.MarkedSource source = dev.plumbline.testing.MarkedSource.parse(
                "FROM «host:5000»/«team/app»:«v1»@«" + digest + "»\nARG T=1\nFROM app:$T\n");
        Dockerfile df = parse(source.text());
        FromInstruction from = df.froms().get(0);
        ImageRef ref = df.baseImage(from);
        Word word = from.image().orElseThrow();
        java.util.List<dev.plumbline.text.Range> ranges = java.util.stream.Stream.of(ImageReference.Part.values())
                .map(p -> ref.partRange(p, word, df.document()).orElseThrow()).toList();
        assertEquals(source.ranges(), ranges);
        FromInstruction withVariable = df.froms().get(1);
        assertTrue(df.baseImage(withVariable).partRange(ImageReference.Part.TAG, withVariable.image().orElseThrow(), df.document())
                .isEmpty(), "no range for a part that comes from a variable");
    }

    @Test
    void baseImageKnowsStagesScratchAndUnknowns() {
        Dockerfile df = parse("ARG BASE=Builder\nARG X\nFROM golang:1.22 AS builder\nFROM ${BASE}\nFROM scratch\n"
                + "FROM $X\nFROM later\nFROM alpine AS later\n");
        assertEquals(ImageRef.Kind.IMAGE, df.baseImage(df.froms().get(0)).kind());
        assertEquals(ImageRef.Kind.STAGE, df.baseImage(df.froms().get(1)).kind());
        assertEquals(ImageRef.Kind.SCRATCH, df.baseImage(df.froms().get(2)).kind());
        assertEquals(ImageRef.Kind.UNKNOWN, df.baseImage(df.froms().get(3)).kind());
        assertEquals(ImageRef.Kind.IMAGE, df.baseImage(df.froms().get(4)).kind(), "a later stage is not a base");
    }

    @Test
    void sourceImageKnowsIndexesAndAnyStage() {
        Dockerfile df = parse("FROM a:1 AS first\nCOPY --from=0 / /\nCOPY --from=LATER / /\nCOPY --from=nginx / /\nFROM b:1 AS later\n");
        Instruction at = df.instructions().get(1);
        assertEquals(ImageRef.Kind.STAGE, df.sourceImage("0", at).kind());
        assertEquals(ImageRef.Kind.STAGE, df.sourceImage("LATER", at).kind());
        assertEquals(ImageRef.Kind.IMAGE, df.sourceImage("nginx", at).kind());
    }

    @Test
    void everyInstructionOfALongStageSeesTheArgsAndEnvsBeforeIt() {
        StringBuilder text = new StringBuilder("ARG G=g\nFROM alpine:3.20\nARG G\n");
        for (int i = 0; i < 2000; i++) {
            text.append(i % 7 == 0 ? "ENV V=" + i + " W=${V}x\n" : "RUN echo $V\n");
        }
        Dockerfile df = parse(text.toString());
        String v = null;
        for (Instruction instruction : df.stages().get(0).instructions()) {
            Variables vars = Variables.at(df, instruction);
            assertEquals(Optional.ofNullable(v), vars.value("V"));
            assertEquals(Optional.ofNullable(v == null ? null : v + "x"), vars.value("W"));
            assertEquals(instruction.is("ARG") ? Optional.empty() : Optional.of("g"), vars.value("G"));
            if (instruction.is("ENV")) {
                v = ((KeyValueInstruction) instruction).pairs().get(0).value().value();
            }
        }
    }
}
