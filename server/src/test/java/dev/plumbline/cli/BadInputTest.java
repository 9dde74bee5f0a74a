package dev.plumbline.cli;

import dev.plumbline.workspace.SourceText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Binary, invalid, huge and broken files give a clear finding or message, never a stack trace or hang. */
class BadInputTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static final java.util.regex.Pattern STACK_FRAME = java.util.regex.Pattern.compile("(?m)^\\s+at [\\w.$]+\\(");

    private static void assertNoStackTrace(CheckRun run) {
        for (String output : List.of(run.out(), run.err())) {
            assertFalse(STACK_FRAME.matcher(output).find() || output.contains("Exception in thread"), output);
        }
    }

    @Test
    void invalidUtf8IsReportedAtTheFirstBadByteAndTheRestIsStillChecked() throws IOException {
        // line 2: "RUN caf" then a lone Latin-1 é (0xE9), which is not UTF-8
        Files.write(dir.resolve("Dockerfile"), concat(utf8("FROM x\nRUN caf"), new byte[] {(byte) 0xE9},
                utf8(" WARN\nRUN \u00e9 \uD83D\uDE00 "), new byte[] {(byte) 0xFF}, utf8(" ERR\n")));

        CheckRun run = CheckRun.fake(dir, "Dockerfile");

        assertEquals(List.of(
                "Dockerfile:2:8: warning plumbline/unsupported-content File is not valid UTF-8 (first invalid byte at offset 14);"
                        + " invalid bytes were read as U+FFFD and the rest of the file was checked.",
                "Dockerfile:2:10: warning dockerfile/test-warning Found WARN",
                "Dockerfile:3:12: error dockerfile/test-error Found ERR"), run.outLines());
        assertEquals(CheckCommand.FINDINGS, run.exit());
    }

    @Test
    void invalidUtf8FindingObeysConfiguration() throws IOException {
        Files.writeString(dir.resolve(".plumbline.yaml"), "rules:\n  plumbline/unsupported-content: off\n");
        Files.write(dir.resolve("Dockerfile"), concat(utf8("FROM x "), new byte[] {(byte) 0xC3}, utf8("\nRUN WARN\n")));

        CheckRun run = CheckRun.fake(dir, ".");

        assertEquals(List.of("Dockerfile:2:5: warning dockerfile/test-warning Found WARN"), run.outLines());
    }

    @Test
    void aByteOrderMarkIsDroppedSoColumnsMatchTheEditor() throws IOException {
        Files.write(dir.resolve("Dockerfile"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("WARN\n")));

        CheckRun run = CheckRun.fake(dir, "Dockerfile");

        assertEquals(List.of("Dockerfile:1:1: warning dockerfile/test-warning Found WARN"), run.outLines());
    }

    @Test
    void aBinaryFileNamedDockerfileGetsOneClearFinding() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', (byte) 0xFF, (byte) 0xFE};
        Files.write(dir.resolve("Dockerfile"), png);

        CheckRun run = assertTimeoutPreemptively(PATIENCE, () -> CheckRun.builtin(dir, "Dockerfile"));

        assertEquals(List.of("Dockerfile:1:1: warning plumbline/unsupported-content "
                + "File contains NUL characters; it looks binary and was not checked."), run.outLines());
        assertEquals(CheckCommand.OK, run.exit());
        assertNoStackTrace(run);
    }

    @Test
    void aFiveMegabyteYamlFileIsCheckedWithoutTrouble() throws IOException {
        StringBuilder manifest = new StringBuilder();
        String document = """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: big-%d
                data:
                  key: "%s"
                ---
                """;
        for (int i = 0; manifest.length() < 5 * 1024 * 1024; i++) {
            manifest.append(document.formatted(i, "x".repeat(200)));
        }
        Files.writeString(dir.resolve("big.yaml"), manifest);
        Files.writeString(dir.resolve(".plumbline.yaml"), "# padding\n".repeat(520_000) + "gha: { actionPinning: sha }\n");

        CheckRun run = assertTimeoutPreemptively(PATIENCE, () -> CheckRun.builtin(dir, "--format", "json", "."));

        List<JsonObject> findings = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("findings").asList()
                .stream().map(JsonElement::getAsJsonObject).toList();
        // the manifest is plain and valid; whatever the Kubernetes rules say about it, none may be an internal error
        assertTrue(findings.stream().noneMatch(f -> f.get("rule").getAsString().equals("plumbline/internal-error")), run.out());
        assertEquals(List.of("Configuration file is larger than 1 MB and was not read; defaults apply."), findings.stream()
                .filter(f -> f.get("path").getAsString().equals(".plumbline.yaml"))
                .map(f -> f.get("message").getAsString())
                .toList());
        assertNoStackTrace(run);
    }

    @Test
    void aFileAboveTheSizeLimitIsReportedWithoutReadingItWhole() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), "FROM x\n" + "RUN WARN\n".repeat(200));
        Files.writeString(dir.resolve("huge.yaml"), "apiVersion: v1\nkind: List\n" + "# x\n".repeat(300));
        Files.writeString(dir.resolve("huge-but-not-ours.yaml"), "a: b\n".repeat(300));
        Files.writeString(dir.resolve("small.Dockerfile"), "WARN\n");

        CheckRun run = CheckRun.run(CheckRun.fakeCommand(dir, 1000), ".");

        assertEquals(List.of(
                "Dockerfile:1:1: warning plumbline/unsupported-content File is too large to check (0 MB; the limit is 8 MB).",
                "huge.yaml:1:1: warning plumbline/unsupported-content File is too large to check (0 MB; the limit is 8 MB).",
                "small.Dockerfile:1:1: warning dockerfile/test-warning Found WARN"), run.outLines());
        assertEquals(List.of("3 problems (3 warnings) in 3 files"), run.errLines());
    }

    @Test
    void brokenYamlIsAFindingOnTheFile() throws IOException {
        Files.writeString(dir.resolve(".plumbline.yaml"), "rules:\n  - [unclosed\nignore: {\n");

        CheckRun run = assertTimeoutPreemptively(PATIENCE, () -> CheckRun.builtin(dir, "."));

        assertEquals(1, run.outLines().size(), run.out());
        assertTrue(run.outLines().get(0).startsWith(".plumbline.yaml:"), run.out());
        assertTrue(run.outLines().get(0).contains(" warning plumbline/config Configuration is not valid YAML ("), run.out());
        assertEquals(CheckCommand.OK, run.exit());
        assertNoStackTrace(run);
    }

    @Test
    void aParserThatThrowsBecomesAnInternalErrorFindingNotAStackTrace() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), "RUN EXPLODE\n");
        Files.writeString(dir.resolve("other.Dockerfile"), "WARN\n");

        CheckRun run = CheckRun.fake(dir, ".");

        assertEquals(List.of(
                "Dockerfile:1:1: error plumbline/internal-error Checking this file failed (IllegalStateException)"
                        + " and it was skipped. Please report it.",
                "other.Dockerfile:1:1: warning dockerfile/test-warning Found WARN"), run.outLines());
        assertEquals(CheckCommand.FINDINGS, run.exit());
        assertNoStackTrace(run);
    }

    @Test
    void anUnreadableFileIsAReadErrorNotAnException() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("Dockerfile"));
        FileChecker checker = new FileChecker(new dev.plumbline.engine.Analyzer(FakeDockerfileLanguage.registry()),
                file -> dev.plumbline.config.ResolvedConfig.none(), file -> java.util.Optional.empty(),
                FileChecker.MAX_BYTES);

        FileResult result = checker.check(folder);

        assertFalse(result.checked());
        assertTrue(result.readError().isPresent());
        assertEquals(List.of(), result.findings());
    }

    @Test
    void decodingKeepsOffsetsOfTheFirstInvalidByte() {
        SourceText clean = SourceText.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("a\u00e9\uD83D\uDE00")));
        assertEquals("a\u00e9\uD83D\uDE00", clean.text());
        assertFalse(clean.hasInvalidUtf8());

        SourceText bad = SourceText.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("\uD83D\uDE00x"),
                new byte[] {(byte) 0xF0, (byte) 0x9F}, utf8("y")));
        assertEquals(3, bad.firstBadChar(), "after the surrogate pair and x");
        assertEquals(3 + 4 + 1, bad.firstBadByte(), "counted in the file, BOM included");
        assertEquals('\uFFFD', bad.text().charAt(3));
        assertTrue(bad.text().endsWith("y"));
        assertEquals(Optional.of('y'), Optional.of(bad.text().charAt(bad.text().length() - 1)));
    }
}
