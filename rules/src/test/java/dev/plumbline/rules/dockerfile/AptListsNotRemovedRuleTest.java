package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AptListsNotRemovedRuleTest {

    private static final String FROM = "FROM debian:12\n";
    private static final String FIX = AptListsNotRemovedRule.FIX_TITLE;
    private static final String INSTALL = "apt-get install -y --no-install-recommends curl";

    private final RuleTester<Dockerfile> tester = RuleTester.of(new AptListsNotRemovedRule(), new DockerfileLanguage(),
            "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("update without cleanup", FROM + "RUN apt-get «update» && " + INSTALL + "\n"),
                RuleCase.flags("apt update", FROM + "RUN apt «update» && apt install -y curl\n"),
                RuleCase.flags("apt-get clean is not enough", FROM + "RUN apt-get «update» && " + INSTALL + " && apt-get clean\n"),
                RuleCase.flags("cleanup before the update", FROM + "RUN rm -rf /var/lib/apt/lists/* && apt-get «update»\n"),
                RuleCase.flags("cleanup in another RUN", FROM + "RUN apt-get «update» && " + INSTALL + "\nRUN rm -rf /var/lib/apt/lists/*\n"),
                RuleCase.flags("final stage built from a stage", "FROM debian:12 AS base\nRUN apt-get «update»\nFROM base\nRUN true\n"),
                RuleCase.flags("heredoc", FROM + "RUN <<EOF\napt-get «update»\n" + INSTALL + "\nEOF\n"),
                RuleCase.flags("cache mount elsewhere", FROM + "RUN --mount=type=cache,target=/var/cache/apt apt-get «update»\n"),
                RuleCase.flags("one finding per RUN", FROM + "RUN apt-get «update» && apt-get update\n"),
                RuleCase.passes("rm -rf the lists", FROM + "RUN apt-get update && " + INSTALL + " && rm -rf /var/lib/apt/lists/*\n"),
                RuleCase.passes("rm -fr the directory", FROM + "RUN apt-get update && " + INSTALL + "; rm -fr /var/lib/apt/lists\n"),
                RuleCase.passes("rm -r -f", FROM + "RUN apt-get update && " + INSTALL + " && rm -r -f /var/lib/apt/lists/* /tmp/*\n"),
                RuleCase.passes("apt-get distclean", FROM + "RUN apt-get update && " + INSTALL + " && apt-get distclean\n"),
                RuleCase.passes("a second update removed later too", FROM
                        + "RUN apt-get update && " + INSTALL + " && apt-get update && rm -rf /var/lib/apt/lists/*\n"),
                RuleCase.passes("cache mount on the lists", FROM
                        + "RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && " + INSTALL + "\n"),
                RuleCase.passes("cache mount on /var/lib/apt", FROM
                        + "RUN --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update\n"),
                RuleCase.passes("tmpfs mount", FROM + "RUN --mount=type=tmpfs,target=/var/lib/apt/lists apt-get update\n"),
                RuleCase.passes("build stage is thrown away", "FROM debian:12 AS build\nRUN apt-get update && " + INSTALL
                        + "\nFROM gcr.io/distroless/static\nCOPY --from=build /x /x\n"),
                RuleCase.passes("no update", FROM + "RUN " + INSTALL + "\n"),
                RuleCase.passes("PowerShell", "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN apt-get update\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageNamesTheCommand() {
        tester.assertMessage(FROM + "RUN apt-get update\n",
                "\"apt-get update\" leaves the package lists in the image; remove /var/lib/apt/lists/* in the same RUN");
    }

    @Test
    void fixAppendsTheCleanup() {
        tester.assertFix(FROM + "RUN apt-get update && " + INSTALL + "\n", FIX,
                FROM + "RUN apt-get update && " + INSTALL + " && rm -rf /var/lib/apt/lists/*\n");
    }

    @Test
    void fixAcrossContinuationLines() {
        tester.assertFix(FROM + "RUN apt-get update \\\n    && " + INSTALL + "\n", FIX,
                FROM + "RUN apt-get update \\\n    && " + INSTALL + " && rm -rf /var/lib/apt/lists/*\n");
    }

    @Test
    void fixAfterATrailingSemicolon() {
        tester.assertFix(FROM + "RUN apt-get update; " + INSTALL + ";\n", FIX,
                FROM + "RUN apt-get update; " + INSTALL + "; rm -rf /var/lib/apt/lists/*\n");
    }

    @Test
    void noFixWhenTheScriptEndsInAControlStructure() {
        assertTrue(tester.onlyFinding(FROM + "RUN if true; then apt-get update; fi\n").fixes().isEmpty());
        assertTrue(tester.onlyFinding(FROM + "RUN [\"sh\", \"-c\", \"apt-get update\"]\n").fixes().isEmpty());
        assertTrue(tester.onlyFinding(FROM + "RUN <<EOF\napt-get update\nEOF\n").fixes().isEmpty());
    }
}
