package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SyntaxArgumentCountRuleTest {

    private static final String FROM = "FROM alpine:3.20\n";

    private final RuleTester<Dockerfile> tester =
            RuleTester.of(new SyntaxArgumentCountRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("ADD with one argument", FROM + "ADD «app.tar.gz»\n"),
                RuleCase.flags("COPY with no argument", FROM + "«COPY»\n"),
                RuleCase.flags("COPY with flags only", FROM + "«COPY» --from=build\n"),
                RuleCase.flags("COPY exec form with one element", FROM + "COPY [«\"a\"»]\n"),
                RuleCase.flags("COPY empty exec form", FROM + "COPY «[]»\n"),
                RuleCase.flags("bare EXPOSE", FROM + "«EXPOSE»\n"),
                RuleCase.flags("bare WORKDIR", FROM + "«WORKDIR»   \n"),
                RuleCase.flags("bare FROM", "«FROM»\n"),
                RuleCase.flags("bare ONBUILD", FROM + "«ONBUILD»\n"),
                RuleCase.flags("bare SHELL", FROM + "«SHELL»\n"),
                RuleCase.flags("empty VOLUME list", FROM + "VOLUME «[]»\n"),
                RuleCase.flags("bare HEALTHCHECK", FROM + "«HEALTHCHECK»\n"),
                RuleCase.flags("HEALTHCHECK CMD without a command", FROM + "HEALTHCHECK --interval=5s «CMD»\n"),
                RuleCase.flags("HEALTHCHECK CMD with an empty list", FROM + "HEALTHCHECK «CMD» []\n"),
                RuleCase.flags("HEALTHCHECK NONE with arguments", FROM + "HEALTHCHECK NONE «curl -f localhost»\n"),
                RuleCase.flags("HEALTHCHECK NONE with an exec form", FROM + "HEALTHCHECK NONE «[\"curl\"]»\n"),
                RuleCase.flags("STOPSIGNAL with two words", FROM + "STOPSIGNAL SIGTERM «SIGKILL»\n"),
                RuleCase.flags("ONBUILD trigger", FROM + "ONBUILD «COPY»\n"),
                RuleCase.passes("arguments where they belong", FROM + """
                        ADD a.tar.gz /opt/
                        COPY --from=build /out /app
                        COPY <<EOF /etc/motd
                        hello
                        EOF
                        RUN <<EOF
                        echo hi
                        EOF
                        EXPOSE 80
                        WORKDIR /my dir
                        USER app:app
                        MAINTAINER Jane Doe <jane@example.com>
                        STOPSIGNAL SIGTERM
                        HEALTHCHECK NONE
                        HEALTHCHECK --retries=3 CMD curl -f http://localhost/ || exit 1
                        HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]
                        CMD []
                        ENTRYPOINT []
                        VOLUME ["/data"]
                        ONBUILD RUN make
                        """),
                RuleCase.passes("ENV, LABEL and ARG are syntax-key-value's", FROM + "ENV\nLABEL\nARG\n"),
                RuleCase.passes("BuildKit accepts an empty RUN, CMD or ENTRYPOINT",
                        FROM + "RUN --mount=type=cache,target=/var/cache/x,uid=1000\nRUN\nCMD\nENTRYPOINT\n"),
                RuleCase.passes("templates are not built as written", "FROM {{ base }}\nCOPY {{ src }}\nEXPOSE\n"),
                RuleCase.passes("FROM word count is syntax-from's", "FROM a AS\n"),
                RuleCase.passes("HEALTHCHECK type is syntax-invalid-argument's", FROM + "HEALTHCHECK CMDD curl\n"),
                RuleCase.passes("unknown instructions are another rule's", FROM + "FOO\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messagesNameTheInstruction() {
        tester.assertMessage(FROM + "ADD app.tar.gz\n",
                "ADD requires at least two arguments: one or more sources and a destination");
        tester.assertMessage(FROM + "WORKDIR\n", "WORKDIR requires exactly one argument");
        tester.assertMessage(FROM + "EXPOSE\n", "EXPOSE requires at least one argument");
        tester.assertMessage(FROM + "HEALTHCHECK NONE x\n", "HEALTHCHECK NONE takes no arguments");
    }

    @Test
    void fixRemovesTheSurplus() {
        tester.assertFix(FROM + "STOPSIGNAL SIGTERM SIGKILL\n", "Remove the surplus arguments", FROM + "STOPSIGNAL SIGTERM\n");
        tester.assertFix(FROM + "HEALTHCHECK NONE curl -f localhost\n", "Remove the surplus arguments",
                FROM + "HEALTHCHECK NONE\n");
        tester.assertFix(FROM + "HEALTHCHECK NONE [\"curl\"]\r\n", "Remove the surplus arguments", FROM + "HEALTHCHECK NONE\r\n");
    }
}
