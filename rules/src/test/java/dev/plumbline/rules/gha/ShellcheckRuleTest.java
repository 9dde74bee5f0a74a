package dev.plumbline.rules.gha;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.config.Config;
import dev.plumbline.engine.Finding;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleTester;
import dev.plumbline.text.Range;
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
 * The rule against a stand-in {@code shellcheck} that records its arguments and stdin and prints
 * canned {@code json1} output: positions inside block scalars, the prefix, masking of expressions,
 * levels, peers and fixes are checked without the real tool.
 */
@DisabledOnOs(OS.WINDOWS)
class ShellcheckRuleTest {

    @TempDir
    static Path dir;

    private static final String HEAD = "on: push\nenv:\n  region: eu\njobs:\n  test:\n    runs-on: ubuntu-latest\n"
            + "    steps:\n";

    /** SC2086 on columns 6–10 of script line 2 (line 4 after the two prefix lines), with its fix. */
    private static final String SC2086 = "{\"comments\":[{\"file\":\"-\",\"line\":4,\"endLine\":4,\"column\":6,"
            + "\"endColumn\":10,\"level\":\"info\",\"code\":2086,\"message\":\"Double quote to prevent globbing.\","
            + "\"fix\":{\"replacements\":[{\"column\":6,\"endColumn\":6,\"endLine\":4,\"line\":4,\"replacement\":\"\\\"\"},"
            + "{\"column\":10,\"endColumn\":10,\"endLine\":4,\"line\":4,\"replacement\":\"\\\"\"}]}},"
            + "{\"file\":\"-\",\"line\":2,\"endLine\":2,\"column\":1,\"endColumn\":5,\"level\":\"error\",\"code\":1000,"
            + "\"message\":\"on the prefix\",\"fix\":null}]}";

    private static Path fake;

    @BeforeAll
    static void writeFake() throws IOException {
        fake = dir.resolve("fake").resolve("shellcheck");
        Files.createDirectories(fake.getParent());
        Files.writeString(fake, "#!/bin/sh\n"
                + "here=\"$(dirname \"$0\")\"\n"
                + "printf '%s\\n' \"$@\" > \"$here/args\"\n"
                + "cat > \"$here/stdin\"\n"
                + "if [ ! -f \"$here/trigger\" ] || grep -qF -f \"$here/trigger\" \"$here/stdin\"; then\n"
                + "  cat \"$here/output\"\nelse\n  echo '{\"comments\":[]}'\nfi\nexit 1\n", StandardCharsets.UTF_8);
        assertTrue(fake.toFile().setExecutable(true));
    }

    private static RuleTester<WorkflowFile> tester(String output, String trigger) throws IOException {
        Files.writeString(fake.getParent().resolve("output"), output, StandardCharsets.UTF_8);
        Path triggerFile = fake.getParent().resolve("trigger");
        Files.deleteIfExists(triggerFile);
        if (trigger != null) {
            Files.writeString(triggerFile, trigger + "\n", StandardCharsets.UTF_8);
        }
        return RuleTester.of(new ShellcheckRule(), new WorkflowLanguage(), ".github/workflows/ci.yml")
                .withConfig(new Config(Map.of(), List.of(), null, null,
                        Map.of("gha.shellcheckPath", List.of(fake.toString()))));
    }

    private static String sent(String name) throws IOException {
        return Files.readString(fake.getParent().resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void positionsMapIntoALiteralBlock() throws IOException {
        List<Finding> findings = tester(SC2086, null).findings(HEAD
                + "      - run: |\n          echo start\n          echo $foo ${{ github.ref }}\n");
        assertEquals(1, findings.size(), () -> RuleTester.describe(findings));
        Finding f = findings.get(0);
        assertEquals(Range.of(9, 15, 9, 19), f.range());
        assertEquals("ShellCheck SC2086: Double quote to prevent globbing.", f.message());
        assertEquals(Severity.INFORMATION, f.severity());
        assertTrue(f.peers().contains(PeerId.of("shellcheck", "SC2086")));
        assertTrue(f.peers().contains(PeerId.of(PeerId.ACTIONLINT, "shellcheck")));
        assertEquals("#!/bin/bash\nexport region=1\necho start\necho $foo XXXXXXXXXXXXXXXXX\n", sent("stdin"));
        assertTrue(sent("args").contains("--shell=bash"));
    }

    @Test
    void positionsMapIntoAFoldedBlockAndShDialect() throws IOException {
        List<Finding> findings = tester(SC2086, null).findings(HEAD
                + "      - shell: sh\n        run: >-\n          true\n\n          echo $foo\n");
        assertEquals(List.of(Range.of(11, 15, 11, 19)), findings.stream().map(Finding::range).toList());
        assertTrue(sent("args").contains("--shell=sh"));
    }

    @Test
    void appliesShellChecksFix() throws IOException {
        tester(SC2086, "echo $foo").assertFix(HEAD + "      - run: |\n          echo start\n          echo $foo\n",
                "Apply ShellCheck's fix for SC2086", HEAD + "      - run: |\n          echo start\n          echo \"$foo\"\n");
    }

    @Test
    void otherShellsAndTheOffSwitchAreNotChecked() throws IOException {
        var t = tester(SC2086, null);
        assertEquals(List.of(), t.findings(HEAD + "      - run: |\n          x\n          echo $foo\n        shell: pwsh\n"));
        assertEquals(List.of(), t.findings(HEAD + "      - run: |\n          x\n          echo $foo\n        shell: python\n"));
        var off = RuleTester.of(new ShellcheckRule(), new WorkflowLanguage(), ".github/workflows/ci.yml")
                .withConfig(new Config(Map.of(), List.of(), null, null, Map.of("gha.shellcheck", "off",
                        "gha.shellcheckPath", List.of(fake.toString()))));
        assertEquals(List.of(), off.findings(HEAD + "      - run: |\n          x\n          echo $foo\n"));
    }

    @Test
    void masksExpressionsKeepingLineBreaks() {
        assertEquals("echo XXXXXXXX\nXX done", ShellcheckRule.masked("echo ${{ a ||\n}} done"));
        assertEquals("a XXXXX", ShellcheckRule.masked("a ${{ b"));
    }
}
