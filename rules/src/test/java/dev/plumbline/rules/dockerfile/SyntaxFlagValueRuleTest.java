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

class SyntaxFlagValueRuleTest {

    private static final String FROM = "FROM alpine:3.20\n";

    private final RuleTester<Dockerfile> tester =
            RuleTester.of(new SyntaxFlagValueRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("string flag without a value", FROM + "COPY «--from» /a /b\n"),
                RuleCase.flags("mount without a value", FROM + "RUN «--mount» true\n"),
                RuleCase.flags("FROM --platform without a value", "FROM «--platform» alpine:3.20\n"),
                RuleCase.flags("empty --from", FROM + "COPY «--from=» /a /b\n"),
                RuleCase.flags("boolean with an empty value", FROM + "COPY «--link=» a /b\n"),
                RuleCase.flags("boolean with a word", FROM + "COPY --link=«yes» a /b\n"),
                RuleCase.flags("flag given twice", FROM + "COPY --chown=a «--chown»=b a /b\n"),
                RuleCase.flags("boolean given twice", FROM + "ADD --link «--link» a /b\n"),
                RuleCase.flags("duration without unit", FROM + "HEALTHCHECK --interval=«30» CMD true\n"),
                RuleCase.flags("duration with an unknown unit", FROM + "HEALTHCHECK --timeout=«3sec» CMD true\n"),
                RuleCase.flags("duration that is no number", FROM + "HEALTHCHECK --start-period=«soon» CMD true\n"),
                RuleCase.flags("duration below a millisecond", FROM + "HEALTHCHECK --start-interval=«100us» CMD true\n"),
                RuleCase.flags("negative duration", FROM + "HEALTHCHECK --interval=«-5s» CMD true\n"),
                RuleCase.flags("retries not a number", FROM + "HEALTHCHECK --retries=«three» CMD true\n"),
                RuleCase.flags("negative retries", FROM + "HEALTHCHECK --retries=«-1» CMD true\n"),
                RuleCase.flags("chmod neither octal nor symbolic", FROM + "COPY --chmod=«rwxr-xr-x» a /b\n"),
                RuleCase.flags("chmod with an 8", FROM + "COPY --chmod=«0787» a /b\n"),
                RuleCase.flags("network mode", FROM + "RUN --network=«bridge» true\n"),
                RuleCase.flags("security mode", FROM + "RUN --security=«privileged» true\n"),
                RuleCase.flags("unknown mount type", FROM + "RUN --mount=type=«volume»,target=/x true\n"),
                RuleCase.flags("unknown mount key", FROM + "RUN --mount=type=cache,«targte»=/x,target=/y true\n"),
                RuleCase.flags("mount field without =", FROM + "RUN --mount=type=cache,target=/x,«/root/.cache» true\n"),
                RuleCase.flags("unknown sharing mode", FROM + "RUN --mount=type=cache,target=/x,sharing=«exclusive» true\n"),
                RuleCase.flags("in an ONBUILD trigger", FROM + "ONBUILD COPY «--from» /a /b\n"),
                RuleCase.passes("valid values", """
                        FROM --platform=$BUILDPLATFORM golang:1.22 AS build
                        RUN --mount=type=cache,target=/root/.cache,sharing=locked,id=go \\
                            --mount=type=bind,source=go.sum,target=go.sum,ro \\
                            --mount=type=secret,id=token,required \\
                            --mount=type=secret,id=npm,env=NPM_TOKEN \\
                            --mount=type=ssh \\
                            --mount=type=tmpfs,dst=/tmp,size=64m \\
                            --mount=type=cache,destination=/x,mode=0755,uid=1000,gid=1000 \\
                            --network=none --security=insecure go build ./...
                        COPY --from=build --chown=app:app --chmod=0755 --link --parents --exclude=*.md --exclude=*.txt a /b/
                        COPY --chmod=u+x,go=rx --link=true --parents=False a /b/
                        ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d --keep-git-dir https://x/y.git /src
                        HEALTHCHECK --interval=1m30s --timeout=3s --start-period=0 --start-interval=1.5s --retries=0 CMD true
                        HEALTHCHECK --interval= --retries=3 CMD true
                        """),
                RuleCase.passes("variables are expanded later", FROM
                        + "COPY --chmod=$MODE a /b\nRUN --network=$NET --mount=type=$T true\n"),
                RuleCase.passes("a mount without target goes to the working directory",
                        FROM + "RUN --mount=type=bind true\nRUN --mount=from=build,src=/out,rw true\nRUN --mount=type=cache,id=x true\n"),
                RuleCase.passes("HEALTHCHECK NONE ignores its flags", FROM + "HEALTHCHECK --interval=x NONE\n"),
                RuleCase.passes("unknown flags are another rule's", FROM + "COPY --frm a /b\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messagesSayWhatIsExpected() {
        tester.assertMessage(FROM + "HEALTHCHECK --interval=30 CMD true\n",
                "--interval: \"30\" has no unit; write e.g. 30s");
        tester.assertMessage(FROM + "COPY --from /a /b\n", "--from needs a value (--from=…)");
        tester.assertMessage(FROM + "RUN --network=bridge true\n", "--network=bridge is not one of default, none, host");
        tester.assertMessage(FROM + "RUN --mount=type=cache,targte=/x,target=/y true\n",
                "Unknown mount option \"targte\"; did you mean target?");
    }

    @Test
    void eachFindingCarriesTheCodeThatDescribesIt() {
        assertEquals(List.of(PeerId.of("dockerfile-utils", "FLAG_MISSING_DURATION")),
                tester.onlyFinding(FROM + "HEALTHCHECK --interval=30 CMD true\n").peers());
        assertEquals(List.of(PeerId.of("dockerfile-utils", "FLAG_DUPLICATE")),
                tester.onlyFinding(FROM + "COPY --from=a --from=b x /y\n").peers());
        assertEquals(List.of(), tester.onlyFinding(FROM + "RUN --network=bridge true\n").peers());
    }
}
