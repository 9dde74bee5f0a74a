package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AddInsteadOfCopyRuleTest {

    private static final String FROM = "FROM debian:12\nWORKDIR /app\n";
    private static final String FIX = AddInsteadOfCopyRule.FIX_TITLE;

    private final RuleTester<Dockerfile> tester = RuleTester.of(new AddInsteadOfCopyRule(), new DockerfileLanguage(),
            "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("local file", FROM + "«ADD» app.py /app/\n"),
                RuleCase.flags("directory", FROM + "«ADD» . .\n"),
                RuleCase.flags("with --chown", FROM + "«ADD» --chown=app:app src/ /app/src/\n"),
                RuleCase.flags("zip is not unpacked by ADD", FROM + "«ADD» site.zip /srv/\n"),
                RuleCase.flags("exec form", FROM + "«ADD» [\"a.txt\", \"/app/\"]\n"),
                RuleCase.flags("ONBUILD", FROM + "ONBUILD «ADD» . /app/src\n"),
                RuleCase.flags("lowercase", FROM + "«add» app.py /app/\n"),
                RuleCase.passes("COPY", FROM + "COPY app.py /app/\n"),
                RuleCase.passes("tar archive", FROM + "ADD rootfs.tar.gz /\n"),
                RuleCase.passes("tgz and xz", FROM + "ADD a.tgz b.tar.xz /opt/\n"),
                RuleCase.passes("URL", FROM + "ADD --checksum=sha256:abc https://example.com/x /x\n"),
                RuleCase.passes("git", FROM + "ADD git@github.com:org/repo.git /src\n"),
                RuleCase.passes("--keep-git-dir", FROM + "ADD --keep-git-dir=true . /src\n"),
                RuleCase.passes("a mix with an archive", FROM + "ADD app.py vendor.tar /app/\n"),
                RuleCase.passes("variable", FROM + "ADD $ARTIFACT /app/\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void message() {
        tester.assertMessage(FROM + "ADD app.py /app/\n",
                "ADD of local files that are not archives: COPY does the same without ADD's implicit unpacking and downloading");
    }

    @Test
    void fixReplacesTheKeyword() {
        tester.assertFix(FROM + "ADD --chown=app:app app.py /app/\n", FIX, FROM + "COPY --chown=app:app app.py /app/\n");
    }

    @Test
    void fixKeepsLowercase() {
        tester.assertFix("from debian:12\nworkdir /app\nadd app.py /app/\n", FIX, "from debian:12\nworkdir /app\ncopy app.py /app/\n");
    }

    @Test
    void fixInsideOnbuild() {
        tester.assertFix(FROM + "ONBUILD ADD . /app/src\n", FIX, FROM + "ONBUILD COPY . /app/src\n");
    }
}
