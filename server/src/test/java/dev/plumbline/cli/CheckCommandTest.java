package dev.plumbline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end through the real rules: options, text output and exit codes. */
class CheckCommandTest {

    private static final String BAD_PINNING = """
            gha:
              actionPinning: branch
            """;
    private static final String PINNING_MESSAGE = "\"gha.actionPinning\" must be one of sha, tag; its default is kept.";

    @TempDir
    Path dir;

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void printsOneClickableLinePerFindingAndASummaryOnStderr() throws IOException {
        write("app/.plumbline.yaml", BAD_PINNING + "suppressions: { inline: maybe }\n");

        CheckRun run = CheckRun.builtin(dir, "app");

        assertEquals(List.of(
                "app/.plumbline.yaml:2:18: warning plumbline/config " + PINNING_MESSAGE,
                "app/.plumbline.yaml:3:25: warning plumbline/config \"suppressions.inline\" must be true or false; it stays true."),
                run.outLines());
        assertEquals(List.of("2 problems (2 warnings) in 1 file"), run.errLines());
        assertEquals(CheckCommand.OK, run.exit(), "warnings do not reach the default threshold");
    }

    @Test
    void cleanFilesGiveExitZeroAndSaySo() throws IOException {
        write(".plumbline.yaml", "ignore: [\"build/**\"]\n");

        CheckRun run = CheckRun.builtin(dir, ".");

        assertEquals("", run.out());
        assertEquals(List.of("0 problems in 1 file"), run.errLines());
        assertEquals(CheckCommand.OK, run.exit());
    }

    @Test
    void failOnDecidesTheExitCode() throws IOException {
        write(".plumbline.yaml", BAD_PINNING);

        assertEquals(CheckCommand.OK, CheckRun.builtin(dir, ".").exit());
        assertEquals(CheckCommand.OK, CheckRun.builtin(dir, "--fail-on", "error", ".").exit());
        assertEquals(CheckCommand.FINDINGS, CheckRun.builtin(dir, "--fail-on", "warning", ".").exit());
        assertEquals(CheckCommand.FINDINGS, CheckRun.builtin(dir, "--fail-on=info", ".").exit());
        assertEquals(CheckCommand.OK, CheckRun.builtin(dir, "--fail-on", "never", ".").exit());
    }

    @Test
    void hadolintsFailureThresholdDecidesForDockerfileFindingsUnlessFailOnIsGiven() throws IOException {
        // a warning only (dockerfile/latest-tag); hadolint would fail at failure-threshold: warning
        write("Dockerfile", "FROM alpine:latest\nUSER 1000\nHEALTHCHECK NONE\n");
        write(".plumbline.yaml", "rules:\n  dockerfile/image-not-digest-pinned: off\n");
        assertEquals(CheckCommand.OK, CheckRun.builtin(dir, ".").exit());

        write(".hadolint.yaml", "failure-threshold: warning\n");
        assertEquals(CheckCommand.FINDINGS, CheckRun.builtin(dir, ".").exit());
        assertEquals(CheckCommand.OK, CheckRun.builtin(dir, "--fail-on", "error", ".").exit(), "--fail-on wins");

        write(".hadolint.yaml", "failure-threshold: none\n");
        write(".plumbline.yaml", "rules:\n  dockerfile/image-not-digest-pinned: off\n  dockerfile/latest-tag: error\n");
        assertEquals(CheckCommand.OK, CheckRun.builtin(dir, ".").exit(), "none: Dockerfile findings never fail");
    }

    @Test
    void anErrorFindingFailsByDefault() throws IOException {
        // configuration may raise its own rule's severity
        write(".plumbline.yaml", "rules:\n  plumbline/config: error\n" + BAD_PINNING);

        CheckRun run = CheckRun.builtin(dir, ".");

        assertEquals(List.of(".plumbline.yaml:4:18: error plumbline/config " + PINNING_MESSAGE), run.outLines());
        assertEquals(List.of("1 problem (1 error) in 1 file"), run.errLines());
        assertEquals(CheckCommand.FINDINGS, run.exit());
        assertEquals(CheckCommand.OK, CheckRun.builtin(dir, "--fail-on", "never", ".").exit());
    }

    @Test
    void hintsAreLeftOutUnlessAskedFor() throws IOException {
        write(".plumbline.yaml", "rules:\n  plumbline/config: hint\n" + BAD_PINNING);

        CheckRun quiet = CheckRun.builtin(dir, "--fail-on", "info", ".");
        assertEquals("", quiet.out());
        assertEquals(List.of("0 problems in 1 file; 1 hint not shown (--include-hints)"), quiet.errLines());
        assertEquals(CheckCommand.OK, quiet.exit());

        CheckRun shown = CheckRun.builtin(dir, "--include-hints", "--fail-on", "info", ".");
        assertEquals(List.of(".plumbline.yaml:4:18: hint plumbline/config " + PINNING_MESSAGE), shown.outLines());
        assertEquals(List.of("1 problem (1 hint) in 1 file"), shown.errLines());
        assertEquals(CheckCommand.OK, shown.exit(), "a hint is below every threshold");
    }

    @Test
    void countsEverySeverityInTheSummary() throws IOException {
        write("Dockerfile", "ERR ERR WARN INFO HINT\n");

        CheckRun run = CheckRun.fake(dir, "--include-hints", "Dockerfile");

        assertEquals(List.of("5 problems (2 errors, 1 warning, 1 info, 1 hint) in 1 file"), run.errLines());
        assertEquals(List.of(
                "Dockerfile:1:1: error dockerfile/test-error Found ERR",
                "Dockerfile:1:5: error dockerfile/test-error Found ERR",
                "Dockerfile:1:9: warning dockerfile/test-warning Found WARN",
                "Dockerfile:1:14: information dockerfile/test-info Found INFO",
                "Dockerfile:1:19: hint dockerfile/test-hint Found HINT"), run.outLines());
        assertEquals(CheckCommand.FINDINGS, run.exit());
    }

    @Test
    void explicitConfigReplacesTheNearestOne() throws IOException {
        write("src/.plumbline.yaml", "ignore: []\n");
        write("src/Dockerfile", "WARN\n");
        write("src/generated/Dockerfile", "WARN\n");
        Path policy = write("policy/strict.yaml", "rules:\n  dockerfile/test-warning: error\nignore: [\"src/generated/**\"]\n");

        CheckRun nearest = CheckRun.fake(dir, "src");
        assertEquals(List.of(
                "src/Dockerfile:1:1: warning dockerfile/test-warning Found WARN",
                "src/generated/Dockerfile:1:1: warning dockerfile/test-warning Found WARN"), nearest.outLines());

        CheckRun explicit = CheckRun.fake(dir, "--config", "policy/strict.yaml", "src");
        // globs are relative to the configuration's folder, so the generated folder is not ignored here ...
        assertEquals(List.of(
                "src/Dockerfile:1:1: error dockerfile/test-warning Found WARN",
                "src/generated/Dockerfile:1:1: error dockerfile/test-warning Found WARN"), explicit.outLines());
        assertEquals(CheckCommand.FINDINGS, explicit.exit());

        // ... unless the configuration lies above the files
        Files.move(policy, dir.resolve("strict.yaml"));
        CheckRun above = CheckRun.fake(dir, "--config=strict.yaml", "src");
        assertEquals(List.of("src/Dockerfile:1:1: error dockerfile/test-warning Found WARN"), above.outLines());
    }

    @Test
    void reportsProblemsOfTheConfigurationInEffectEvenWhenNotWalked() throws IOException {
        write(".plumbline.yaml", BAD_PINNING);
        write("app/Dockerfile", "WARN\n");

        CheckRun run = CheckRun.fake(dir, "app/Dockerfile");

        assertEquals(List.of(
                ".plumbline.yaml:2:18: warning plumbline/config " + PINNING_MESSAGE,
                "app/Dockerfile:1:1: warning dockerfile/test-warning Found WARN"), run.outLines());
        assertEquals(List.of("2 problems (2 warnings) in 2 files"), run.errLines());
    }

    @Test
    void printsPathsRelativeToTheWorkingDirectoryEvenOutsideIt() throws IOException {
        write("elsewhere/Dockerfile", "WARN\n");
        Path work = Files.createDirectories(dir.resolve("work"));

        CheckRun run = CheckRun.fake(work, "../elsewhere");

        assertEquals(List.of("../elsewhere/Dockerfile:1:1: warning dockerfile/test-warning Found WARN"), run.outLines());
    }

    @Test
    void checksEachFileOnceWhenPathsOverlap() throws IOException {
        write("a/Dockerfile", "WARN\n");

        CheckRun run = CheckRun.fake(dir, "a", "a/Dockerfile", ".", "./a/../a");

        assertEquals(List.of("a/Dockerfile:1:1: warning dockerfile/test-warning Found WARN"), run.outLines());
    }

    @Test
    void outputIsSortedByPathThenPositionWhateverTheThreads() throws IOException {
        for (int i = 0; i < 40; i++) {
            write("s" + (i % 7) + "/x" + i + "/Dockerfile", "INFO\nWARN ERR\n".repeat(1 + i % 3));
        }

        CheckRun first = CheckRun.fake(dir, "--fail-on", "never", ".");
        CheckRun second = CheckRun.fake(dir, "--fail-on", "never", ".");

        assertEquals(first.out(), second.out());
        List<String> lines = first.outLines();
        assertEquals(3 * (14 * 1 + 13 * 2 + 13 * 3), lines.size()); // i % 3 is 0 for 14 files, 1 and 2 for 13 each
        assertEquals("s0/x0/Dockerfile:1:1: information dockerfile/test-info Found INFO", lines.get(0));
        assertEquals("s0/x0/Dockerfile:2:1: warning dockerfile/test-warning Found WARN", lines.get(1));
        assertEquals("s0/x0/Dockerfile:2:6: error dockerfile/test-error Found ERR", lines.get(2));
        assertEquals("s0/x14/Dockerfile:1:1: information dockerfile/test-info Found INFO", lines.get(3));
        for (int i = 1; i < lines.size(); i++) {
            String previous = lines.get(i - 1).substring(0, lines.get(i - 1).indexOf(':'));
            String current = lines.get(i).substring(0, lines.get(i).indexOf(':'));
            assertTrue(previous.compareTo(current) <= 0, "sorted by path at line " + i);
        }
        assertEquals(CheckCommand.OK, first.exit());
    }

    @Test
    void helpPrintsUsageAndExitsZero() {
        CheckRun run = CheckRun.builtin(dir, "--help");

        assertEquals(CheckCommand.OK, run.exit());
        assertTrue(run.out().startsWith("Usage: plumbline check [OPTIONS] PATH..."), run.out());
        assertTrue(run.out().contains("--include-hints"));
        assertEquals("", run.err());
    }

    @Test
    void usageErrorsExitTwoWithOneClearLine() {
        CheckRun unknown = CheckRun.builtin(dir, "--colour", ".");
        assertEquals(CheckCommand.ERROR, unknown.exit());
        assertEquals(List.of("plumbline check: unknown option '--colour'", "Run 'plumbline check --help' for usage."),
                unknown.errLines());
        assertEquals("", unknown.out());

        CheckRun noPath = CheckRun.builtin(dir);
        assertEquals(CheckCommand.ERROR, noPath.exit());
        assertEquals("plumbline check: no PATH given (use . for the current folder)", noPath.errLines().get(0));
    }

    @Test
    void aMissingPathIsAnIoErrorAndNothingIsChecked() throws IOException {
        write(".plumbline.yaml", BAD_PINNING);

        CheckRun run = CheckRun.builtin(dir, ".", "missing/Dockerfile");

        assertEquals(CheckCommand.ERROR, run.exit());
        assertEquals(List.of("plumbline check: no such file or directory: missing/Dockerfile"), run.errLines());
        assertEquals("", run.out());
    }

    @Test
    void aMissingConfigFileIsAnIoError() {
        CheckRun run = CheckRun.builtin(dir, "--config", "nope.yaml", ".");

        assertEquals(CheckCommand.ERROR, run.exit());
        assertEquals(List.of("plumbline check: configuration file not found: nope.yaml"), run.errLines());
    }

    @Test
    void anUnreadableFileIsReportedAndTheRestStillChecked() throws IOException {
        write("a/Dockerfile", "WARN\n");
        Path locked = write("b/Dockerfile", "ERR\n");
        assertTrue(locked.toFile().setReadable(false, false));
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked),
                "this user can read any file (root?), so an unreadable file cannot be made");
        try {
            CheckRun run = CheckRun.fake(dir, ".");

            assertEquals(List.of("a/Dockerfile:1:1: warning dockerfile/test-warning Found WARN"), run.outLines());
            assertTrue(run.errLines().contains("plumbline check: cannot read b/Dockerfile: permission denied"), run.err());
            assertEquals(CheckCommand.ERROR, run.exit());
        } finally {
            assertTrue(locked.toFile().setReadable(true, false));
        }
    }

    @Test
    void filesThatAreNotOursAreNotCounted() throws IOException {
        write("README.md", "# hello\n");
        write("values.yaml", "replicas: 3\n");
        write("Makefile", "all:\n");

        CheckRun run = CheckRun.builtin(dir, ".");

        assertEquals("", run.out());
        assertEquals(List.of("0 problems in 0 files"), run.errLines());
        assertFalse(run.err().contains("Exception"));
    }
}
