package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SyntaxCopyDestinationRuleTest {

    private static final String FROM = "FROM node:22-alpine\nWORKDIR /app\n";
    private static final String FIX = "Append / to the destination";

    private final RuleTester<Dockerfile> tester =
            RuleTester.of(new SyntaxCopyDestinationRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("two sources to .", FROM + "COPY package.json package-lock.json «.»\n"),
                RuleCase.flags("ADD to a file name", FROM + "ADD a.txt b.txt «/opt/data»\n"),
                RuleCase.flags("exec form", FROM + "COPY [\"a\", \"b\", «\"/dst\"»]\n"),
                RuleCase.flags("with flags", FROM + "COPY --chown=node:node a b «/srv»\n"),
                RuleCase.flags("across lines", FROM + "COPY a \\\n     b \\\n     «/srv»\n"),
                RuleCase.flags("two heredocs", FROM + "COPY <<A <<B «/etc/x»\na\nA\nb\nB\n"),
                RuleCase.flags("ONBUILD trigger", FROM + "ONBUILD COPY a b «.»\n"),
                RuleCase.passes("directory destinations", FROM + """
                        COPY package.json package-lock.json ./
                        COPY a b /srv/
                        COPY ["a", "b", "/dst/"]
                        COPY a b "/quoted/"
                        COPY a .
                        COPY --from=build /out /app
                        COPY <<EOF /etc/motd
                        hi
                        EOF
                        """),
                RuleCase.passes("destination from a variable", FROM + "ENV DEST=/app/\nCOPY a b $DEST\n"),
                RuleCase.passes("Windows destination", "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\n"
                        + "COPY a b C:\\app\\\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void message() {
        tester.assertMessage(FROM + "COPY a b .\n", "COPY with 2 sources needs a directory destination ending in /, not \".\"; only BuildKit accepts it without");
    }

    @Test
    void fixAppendsASlash() {
        tester.assertFix(FROM + "COPY package.json package-lock.json .\n", FIX, FROM + "COPY package.json package-lock.json ./\n");
        tester.assertFix(FROM + "COPY [\"a\", \"b\", \"/dst\"]\n", FIX, FROM + "COPY [\"a\", \"b\", \"/dst/\"]\n");
        tester.assertFix(FROM + "COPY a b \"/dst\"\r\n", FIX, FROM + "COPY a b \"/dst/\"\r\n");
    }
}
