package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.config.Config;
import dev.plumbline.engine.Finding;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.ShellCheckRunnerAccess;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleTester;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule against a stand-in {@code shellcheck}: a small executable that records its arguments and
 * stdin and prints canned {@code json1} output, so positions, prefixes, levels and fixes are checked
 * without the real tool (which CI machines need not have).
 */
@DisabledOnOs(OS.WINDOWS)
class ShellcheckRuleTest {

    @TempDir
    static Path dir;

    /** SC2086 on {@code $foo} of line 3 (after the shebang and the export line), columns 6–10, with its fix. */
    private static final String SC2086 = "{\"comments\":[{\"file\":\"-\",\"line\":3,\"endLine\":3,\"column\":6,"
            + "\"endColumn\":10,\"level\":\"info\",\"code\":2086,\"message\":\"Double quote to prevent globbing and word"
            + " splitting.\",\"fix\":{\"replacements\":[{\"column\":6,\"endColumn\":6,\"endLine\":3,\"insertionPoint\":"
            + "\"afterEnd\",\"line\":3,\"precedence\":7,\"replacement\":\"\\\"\"},{\"column\":10,\"endColumn\":10,"
            + "\"endLine\":3,\"insertionPoint\":\"beforeStart\",\"line\":3,\"precedence\":7,\"replacement\":\"\\\"\"}]}},"
            + "{\"file\":\"-\",\"line\":2,\"endLine\":2,\"column\":1,\"endColumn\":5,\"level\":\"error\",\"code\":1000,"
            + "\"message\":\"on the prefix\",\"fix\":null}]}";

    private static Path fake;
    private static Path slow;

    @BeforeAll
    static void writeFakes() throws IOException {
        fake = executable(dir.resolve("fake").resolve("shellcheck"), "#!/bin/sh\n"
                + "printf '%s\\n' \"$@\" > \"$(dirname \"$0\")/args\"\n"
                + "here=\"$(dirname \"$0\")\"\n"
                + "cat > \"$here/stdin\"\n"
                // with a trigger file, answer only scripts that contain its text (a fixed script gets nothing)
                + "if [ ! -f \"$here/trigger\" ] || grep -qF -f \"$here/trigger\" \"$here/stdin\"; then\n"
                + "  cat \"$here/output\"\nelse\n  echo '{\"comments\":[]}'\nfi\n"
                + "exit 1\n");
        slow = executable(dir.resolve("slow").resolve("shellcheck"), "#!/bin/sh\nexec sleep 30\n");
    }

    private static Path executable(Path path, String content) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, content, StandardCharsets.UTF_8);
        assertTrue(path.toFile().setExecutable(true));
        return path;
    }

    private static Config using(Path binary) {
        return new Config(Map.of(), List.of(), null, null, Map.of("dockerfile.shellcheckPath", List.of(binary.toString())));
    }

    private static List<Finding> findings(String output, String dockerfile) throws IOException {
        Files.writeString(fake.getParent().resolve("output"), output, StandardCharsets.UTF_8);
        Files.deleteIfExists(fake.getParent().resolve("trigger"));
        return RuleTester.of(new ShellcheckRule(), new DockerfileLanguage(), "Dockerfile").withConfig(using(fake))
                .findings(dockerfile);
    }

    private static String sent(String name) throws IOException {
        return Files.readString(fake.getParent().resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void mapsShellCheckPositionsBackToTheRun() throws IOException {
        List<Finding> found = findings(SC2086, "FROM debian:12\nENV APP=/app\nRUN echo $foo\n");
        assertEquals(1, found.size(), () -> RuleTester.describe(found));
        Finding finding = found.get(0);
        assertEquals("3:10-3:14", finding.range().toString());
        assertEquals("ShellCheck SC2086: Double quote to prevent globbing and word splitting.", finding.message());
        assertEquals(Severity.INFORMATION, finding.severity());
        assertEquals(List.of(PeerId.of("shellcheck", "SC2086"), PeerId.of(PeerId.HADOLINT, "SC2086")), finding.peers());
    }

    @Test
    void sendsTheScriptOnStdinWithShebangAndExportsAndRunsWithoutAShell() throws IOException {
        findings("{\"comments\":[]}", "FROM debian:12\nENV APP=/app\nARG VERSION\nSHELL [\"/bin/bash\", \"-c\"]\n"
                + "RUN echo $APP \\\n  && true\n");
        assertTrue(sent("stdin").startsWith("#!/bin/bash\nexport ALL_PROXY=1 APP=1 "), sent("stdin"));
        assertTrue(sent("stdin").contains(" VERSION=1 "), sent("stdin"));
        assertEquals(3, sent("stdin").lines().count(), sent("stdin"));
        assertTrue(sent("stdin").endsWith("echo $APP   && true"), sent("stdin"));
        assertEquals(List.of("--format=json1", "--shell=bash", "--norc", "--exclude=SC1090,SC1091,SC2187", "-"),
                sent("args").lines().toList());
    }

    @Test
    void positionsThroughContinuationLines() throws IOException {
        String output = "{\"comments\":[{\"line\":3,\"endLine\":3,\"column\":12,\"endColumn\":14,\"level\":\"warning\","
                + "\"code\":2164,\"message\":\"Use cd ... || exit\",\"fix\":null}]}";
        List<Finding> found = findings(output, "FROM debian:12\nRUN true \\\n  && cd /x\n");
        assertEquals(List.of("3:7-3:9"), found.stream().map(f -> f.range().toString()).toList());
        assertEquals(Severity.WARNING, found.get(0).severity());
    }

    @Test
    void heredocBodiesAreCheckedWithTheirOwnShebang() throws IOException {
        String output = "{\"comments\":[{\"line\":4,\"endLine\":4,\"column\":6,\"endColumn\":8,\"level\":\"style\","
                + "\"code\":2006,\"message\":\"Use $(...)\",\"fix\":null}]}";
        List<Finding> found = findings(output, "FROM debian:12\nRUN <<EOF\n#!/bin/bash\necho `x`\nEOF\n");
        assertEquals(List.of("4:6-4:8"), found.stream().map(f -> f.range().toString()).toList());
        assertTrue(sent("args").contains("--shell=bash"), sent("args"));
        assertEquals(Severity.HINT, found.get(0).severity());
    }

    @Test
    void fixInsertsWhatShellCheckSuggests() throws IOException {
        Files.writeString(fake.getParent().resolve("output"), SC2086, StandardCharsets.UTF_8);
        Files.writeString(fake.getParent().resolve("trigger"), "echo $foo\n", StandardCharsets.UTF_8);
        RuleTester.of(new ShellcheckRule(), new DockerfileLanguage(), "Dockerfile").withConfig(using(fake))
                .assertFix("FROM debian:12\nENV APP=/app\nRUN echo $foo\n", "Apply ShellCheck's fix for SC2086",
                        "FROM debian:12\nENV APP=/app\nRUN echo \"$foo\"\n");
    }

    @Test
    void nonPosixShellsAndZshAreNotChecked() throws IOException {
        assertEquals(0, findings(SC2086, "FROM mcr.microsoft.com/windows/servercore:ltsc2022\n"
                + "SHELL [\"powershell\", \"-Command\"]\nRUN echo $foo\n").size());
        assertEquals(0, findings(SC2086, "FROM debian:12\nSHELL [\"/bin/zsh\", \"-c\"]\nRUN echo $foo\n").size());
        assertEquals(0, findings(SC2086, "FROM debian:12\nRUN [\"echo\", \"$foo\"]\n").size());
    }

    @Test
    void execFormShScriptsAreCheckedButNotFixed() throws IOException {
        String output = "{\"comments\":[{\"line\":3,\"endLine\":3,\"column\":6,\"endColumn\":10,\"level\":\"info\","
                + "\"code\":2086,\"message\":\"Double quote\",\"fix\":{\"replacements\":[{\"line\":3,\"column\":6,"
                + "\"endLine\":3,\"endColumn\":6,\"replacement\":\"\\\"\"}]}}]}";
        List<Finding> found = findings(output, "FROM debian:12\nRUN [\"sh\", \"-c\", \"echo $foo\"]\n");
        assertEquals(List.of("2:24-2:28"), found.stream().map(f -> f.range().toString()).toList());
        assertTrue(found.get(0).fixes().isEmpty());
    }

    @Test
    void aMissingBinaryIsSkippedSilently() {
        Config missing = using(dir.resolve("nowhere").resolve("shellcheck"));
        assertEquals(0, RuleTester.of(new ShellcheckRule(), new DockerfileLanguage(), "Dockerfile").withConfig(missing)
                .findings("FROM debian:12\nRUN echo $foo\n").size());
        Config off = new Config(Map.of(), List.of(), null, null, Map.of("dockerfile.shellcheck", "off",
                "dockerfile.shellcheckPath", List.of(fake.toString())));
        assertEquals(0, RuleTester.of(new ShellcheckRule(), new DockerfileLanguage(), "Dockerfile").withConfig(off)
                .findings("FROM debian:12\nRUN echo $foo\n").size());
    }

    @Test
    void aRelativeOrOddlyNamedPathIsNotRun() {
        Config relative = new Config(Map.of(), List.of(), null, null, Map.of("dockerfile.shellcheckPath",
                List.of("fake/shellcheck")));
        assertEquals(0, RuleTester.of(new ShellcheckRule(), new DockerfileLanguage(), "Dockerfile").withConfig(relative)
                .findings("FROM debian:12\nRUN echo $foo\n").size());
    }

    @Test
    void aHangingBinaryIsStoppedAfterTheTimeout() {
        long start = System.nanoTime();
        List<Finding> found = RuleTester.of(new ShellcheckRule(ShellCheckRunnerAccess.runner(slow, 300)),
                new DockerfileLanguage(), "Dockerfile").findings("FROM debian:12\nRUN echo hanging\n");
        assertEquals(0, found.size());
        assertTrue(System.nanoTime() - start < 20_000_000_000L, "the rule waited for the process");
    }

    @Test
    void garbageOutputGivesNothing() throws IOException {
        assertEquals(0, findings("not json {", "FROM debian:12\nRUN echo $x1\n").size());
        assertEquals(0, findings("{\"comments\": 3}", "FROM debian:12\nRUN echo $x2\n").size());
    }
}
