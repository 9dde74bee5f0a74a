package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.engine.PeerId;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SyntaxUnknownFlagRuleTest {

    private static final String FROM = "FROM alpine:3.20\n";

    private final RuleTester<Dockerfile> tester =
            RuleTester.of(new SyntaxUnknownFlagRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("COPY --chmown", FROM + "COPY «--chmown»=app a /b\n"),
                RuleCase.flags("after a surrogate pair on the line above", FROM + "# \uD83D\uDE00\nCOPY\t«--chmown»=app a /b\r\n"),
                RuleCase.flags("ADD --form", FROM + "ADD «--form»=build a /b\n"),
                RuleCase.flags("FROM --platfrom", "FROM «--platfrom»=linux/amd64 alpine:3.20\n"),
                RuleCase.flags("HEALTHCHECK --intervall", FROM + "HEALTHCHECK «--intervall»=5s CMD true\n"),
                RuleCase.flags("RUN --mout", FROM + "RUN «--mout»=type=cache,target=/x true\n"),
                RuleCase.flags("flag names are case-sensitive", FROM + "COPY «--FROM»=build a /b\n"),
                RuleCase.flags("flag on an instruction without flags", FROM + "WORKDIR «--parents» /app\n"),
                RuleCase.flags("CMD reads a leading --word as a flag", FROM + "CMD «--help»\n"),
                RuleCase.flags("several, in an ONBUILD trigger", FROM + "ONBUILD COPY «--x» «--y» a /b\n"),
                RuleCase.flags("flag of the ONBUILD itself", FROM + "ONBUILD «--link» COPY a /b\n"),
                RuleCase.passes("every known flag", """
                        FROM --platform=$BUILDPLATFORM golang:1.22 AS build
                        RUN --mount=type=cache,target=/root/.cache --network=none --security=sandbox --device=x true
                        COPY --from=build --chown=1000:1000 --chmod=755 --link --parents --exclude=*.md a /b/
                        ADD --chown=1 --chmod=644 --link --checksum=sha256:abc --keep-git-dir --unpack --exclude=x a /b/
                        HEALTHCHECK --interval=5s --timeout=3s --start-period=1s --start-interval=1s --retries=3 CMD true
                        """),
                RuleCase.passes("HEALTHCHECK NONE ignores its flags", FROM + "HEALTHCHECK --foo NONE\n"),
                RuleCase.passes("-- ends the flags", FROM + "RUN -- --not-a-flag\n"),
                RuleCase.passes("a single dash is an argument", FROM + "CMD -x\n"),
                RuleCase.passes("unknown instructions are another rule's", FROM + "FOO --bar\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messagesSuggestOrList() {
        tester.assertMessage(FROM + "COPY --form=build a /b\n", "Unknown flag --form for COPY; did you mean --from?");
        tester.assertMessage("FROM --arch=arm64 alpine:3.20\n", "Unknown flag --arch for FROM; it accepts --platform");
        tester.assertMessage(FROM + "USER --name app\n", "USER takes no flags; --name is unknown");
    }

    @Test
    void findingsCarryTheInstructionsPeerId() {
        assertEquals(List.of(PeerId.of("dockerfile-utils", "UNKNOWN_COPY_FLAG")),
                tester.onlyFinding(FROM + "COPY --x a /b\n").peers());
        assertEquals(List.of(), tester.onlyFinding(FROM + "RUN --x true\n").peers());
    }

    @Test
    void fixReplacesTheNameAndKeepsTheValue() {
        tester.assertFix(FROM + "COPY --chmown=app a /b\n", "Replace with --chown", FROM + "COPY --chown=app a /b\n");
        tester.assertFix(FROM + "COPY --lnik a /b\n", "Replace with --link", FROM + "COPY --link a /b\n");
    }
}
