package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UseraddLargeUidRuleTest {

    private final RuleTester<Dockerfile> tester = RuleTester.of(new UseraddLargeUidRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("-u N", "FROM debian:12\nRUN useradd -u «123456» app\n"),
                RuleCase.flags("--uid=N", "FROM debian:12\nRUN useradd «--uid=1000000» app\n"),
                RuleCase.flags("-uN", "FROM debian:12\nRUN useradd -m «-u100000» app\n"),
                RuleCase.flags("exec form", "FROM debian:12\nRUN [\"useradd\", \"--uid\", «\"999999\"», \"app\"]\n"),
                RuleCase.passes("with -l", "FROM debian:12\nRUN useradd -l -u 123456 app\n"),
                RuleCase.passes("with --no-log-init", "FROM debian:12\nRUN useradd --no-log-init -u 123456 app\n"),
                RuleCase.passes("-l in a group", "FROM debian:12\nRUN useradd -lm -u 123456 app\n"),
                RuleCase.passes("small UID", "FROM debian:12\nRUN useradd -u 10001 app\n"),
                RuleCase.passes("variable UID", "FROM debian:12\nRUN useradd -u $UID app\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixInsertsL() {
        tester.assertFix("FROM debian:12\nRUN useradd -u 123456 app\n", UseraddLargeUidRule.FIX_TITLE,
                "FROM debian:12\nRUN useradd -l -u 123456 app\n");
        tester.assertFix("FROM debian:12\nRUN [\"useradd\", \"-u\", \"123456\", \"app\"]\n", UseraddLargeUidRule.FIX_TITLE,
                "FROM debian:12\nRUN [\"useradd\", \"-l\", \"-u\", \"123456\", \"app\"]\n");
    }
}
