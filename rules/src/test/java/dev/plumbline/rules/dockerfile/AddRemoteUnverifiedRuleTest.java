package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AddRemoteUnverifiedRuleTest {

    private static final String FROM = "FROM debian:12\n";
    private static final String SHA = "0123456789abcdef0123456789abcdef01234567";

    private final RuleTester<Dockerfile> tester = RuleTester.of(new AddRemoteUnverifiedRule(), new DockerfileLanguage(),
            "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("URL", FROM + "ADD «https://example.com/tool.tgz» /opt/\n"),
                RuleCase.flags("plain http", FROM + "ADD «http://example.com/x» /x\n"),
                RuleCase.flags("empty checksum", FROM + "ADD --checksum= «https://example.com/x» /x\n"),
                RuleCase.flags("git at a tag", FROM + "ADD «https://github.com/org/repo.git#v1.2.3» /src\n"),
                RuleCase.flags("git without a ref", FROM + "ADD «git@github.com:org/repo.git» /src\n"),
                RuleCase.flags("git ref query with a branch", FROM + "ADD «https://github.com/org/repo.git?ref=main» /src\n"),
                RuleCase.flags("short SHA", FROM + "ADD «https://github.com/org/repo.git#0123456» /src\n"),
                RuleCase.flags("ONBUILD", FROM + "ONBUILD ADD «https://example.com/x» /x\n"),
                RuleCase.passes("checksum", FROM + "ADD --checksum=sha256:24454f830cdd https://example.com/x /x\n"),
                RuleCase.passes("git at a commit", FROM + "ADD https://github.com/org/repo.git#" + SHA + " /src\n"),
                RuleCase.passes("git at a commit with a subdir", FROM + "ADD https://github.com/org/repo.git#" + SHA + ":docs /d\n"),
                RuleCase.passes("git ref query", FROM + "ADD git@github.com:org/repo.git?ref=" + SHA + " /src\n"),
                RuleCase.passes("git with checksum", FROM + "ADD --checksum=" + SHA + " https://github.com/org/repo.git#v1 /src\n"),
                RuleCase.passes("local", FROM + "ADD rootfs.tar.gz /\n"),
                RuleCase.passes("variable", FROM + "ADD ${URL} /x\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messages() {
        tester.assertMessage(FROM + "ADD https://example.com/x /x\n", "ADD downloads \"https://example.com/x\" without"
                + " --checksum, so whatever the server returns goes into the image; add --checksum=sha256:<digest>");
        tester.assertMessage(FROM + "ADD https://github.com/org/repo.git#main /src\n", "ADD clones"
                + " \"https://github.com/org/repo.git#main\" at a ref that can move; pin the full commit SHA (#<sha> or"
                + " ?ref=<sha>) or add --checksum=<sha>");
    }
}
