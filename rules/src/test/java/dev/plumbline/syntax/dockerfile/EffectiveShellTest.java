package dev.plumbline.syntax.dockerfile;

import static dev.plumbline.syntax.dockerfile.Parsed.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EffectiveShellTest {

    /** The shell of every RUN, in order. */
    private static List<String> shells(String text) {
        Dockerfile dockerfile = parse(text);
        return dockerfile.instructions().stream()
                .map(i -> i instanceof OnbuildInstruction o ? o.trigger().orElse(i) : i)
                .filter(i -> i.is("RUN"))
                .map(i -> String.join(" ", dockerfile.shellAt(i).argv()))
                .toList();
    }

    @Test
    void defaultIsBinShOnLinuxAndCmdOnWindows() {
        assertEquals(List.of("/bin/sh -c"), shells("FROM debian:12\nRUN a\n"));
        assertEquals(List.of("cmd /S /C"), shells("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN a\n"));
        assertEquals(List.of("cmd /S /C"), shells("FROM mcr.microsoft.com/windows/nanoserver:${TAG}\nRUN a\n"));
        assertEquals(List.of("cmd /S /C"), shells("# escape=`\nFROM ${BASE}\nRUN a\n"));
        assertEquals(List.of("/bin/sh -c"), shells("# escape=`\nFROM debian:12\nRUN a\n"));
    }

    @Test
    void shellInstructionAppliesFromThereOn() {
        assertEquals(List.of("/bin/sh -c", "/bin/bash -o pipefail -c", "/bin/bash -o pipefail -c"),
                shells("FROM debian:12\nRUN a\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN b\nONBUILD RUN c\n"));
    }

    @Test
    void stagesInheritTheirParentsShellOnly() {
        assertEquals(List.of("/bin/bash -c", "/bin/sh -c"), shells("FROM debian:12 AS base\nSHELL [\"/bin/bash\", \"-c\"]\n"
                + "FROM base\nRUN a\nFROM debian:12\nRUN b\n"));
    }

    @Test
    void shellCommentsOfHadolintAndPlumbline() {
        assertEquals(List.of("pwsh", "pwsh"), shells("# hadolint shell=pwsh\nFROM a:1\nRUN x\nFROM b:1\nRUN y\n"));
        assertEquals(List.of("/bin/sh -c", "powershell", "/bin/sh -c"),
                shells("FROM a:1\nRUN x\n# plumbline shell=powershell\nRUN y\nFROM b:1\nRUN z\n"));
        assertEquals(List.of("/bin/bash -c"),
                shells("# hadolint shell=pwsh\nFROM a:1\nSHELL [\"/bin/bash\", \"-c\"]\nRUN x\n"));
    }

    @Test
    void posixAndPipefail() {
        EffectiveShell bash = new EffectiveShell(List.of("/bin/bash", "-euo", "pipefail", "-c"),
                EffectiveShell.Source.SHELL_INSTRUCTION, java.util.Optional.empty());
        assertEquals("bash", bash.executable());
        assertTrue(bash.isPosix());
        assertTrue(bash.hasPipefail());
        EffectiveShell pwsh = new EffectiveShell(List.of("C:\\Program Files\\PowerShell\\pwsh.exe", "-Command"),
                EffectiveShell.Source.SHELL_INSTRUCTION, java.util.Optional.empty());
        assertEquals("pwsh", pwsh.executable());
        assertFalse(pwsh.isPosix());
        assertFalse(EffectiveShell.LINUX_DEFAULT.hasPipefail());
        assertFalse(new EffectiveShell(List.of(), EffectiveShell.Source.SHELL_INSTRUCTION, java.util.Optional.empty()).isPosix());
    }

    @Test
    void stageChainFollowsFromStage() {
        Dockerfile dockerfile = parse("FROM a:1 AS one\nFROM one AS two\nFROM b:1\nFROM two\n");
        List<Stage> stages = dockerfile.stages();
        assertEquals(List.of(0, 1, 3), dockerfile.stageChain(stages.get(3)).stream().map(Stage::index).toList());
        assertEquals(List.of(2), dockerfile.stageChain(stages.get(2)).stream().map(Stage::index).toList());
    }

    @Test
    void derivedFactsAreComputedOnce() {
        Dockerfile dockerfile = parse("FROM a:1\n");
        Object first = dockerfile.derived("key", d -> new Object());
        assertSame(first, dockerfile.derived("key", d -> new Object()));
    }

    @Test
    void garbageDoesNotThrow() {
        for (String text : List.of("", "RUN a\n", "SHELL\n", "SHELL []\nFROM x\nRUN y\n", "# hadolint shell=\nFROM x\nRUN y\n",
                "FROM\nRUN a\n", "FROM a AS a\nFROM a\nRUN x\n")) {
            Dockerfile dockerfile = parse(text);
            dockerfile.instructions().forEach(dockerfile::shellAt);
            dockerfile.stages().forEach(dockerfile::stageChain);
        }
    }
}
