package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HardcodedSecretRuleTest {

    private final RuleTester<Dockerfile> tester = RuleTester.of(new HardcodedSecretRule(), new DockerfileLanguage(), "Dockerfile");

    // built from pieces so that no scanner mistakes this file for a leak
    private static final String GH = "ghp" + "_" + "a1B2c3D4e5".repeat(3) + "f6G7h8";
    private static final String AWS = "AKIA" + "Q3EGRIVVZ4M7K2PX";
    private static final String PEM = "-----BEGIN RSA " + "PRIVATE KEY-----";

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("GitHub token in ENV", "FROM alpine:3.20\nENV T=«" + GH + "»\n"),
                RuleCase.flags("AWS key in RUN", "FROM alpine:3.20\nRUN aws configure set aws_access_key_id «" + AWS + "»\n"),
                RuleCase.flags("private key in a heredoc", "FROM alpine:3.20\nCOPY <<EOF /k\n«" + PEM + "»\nabc\nEOF\n"),
                RuleCase.flags("in a comment too", "FROM alpine:3.20\n# token «" + GH + "»\n"),
                RuleCase.passes("AWS example key", "FROM alpine:3.20\nENV K=AKIAIOSFODNN7EXAMPLE\n"),
                RuleCase.passes("filler", "FROM alpine:3.20\nENV T=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"),
                RuleCase.passes("too short", "FROM alpine:3.20\nENV T=ghp_abc\n"),
                RuleCase.passes("inside a longer word", "FROM alpine:3.20\nENV T=x" + GH + "\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageNeverShowsTheValue() {
        tester.assertMessage("FROM alpine:3.20\nENV T=" + GH + "\n", "This looks like a GitHub token written into the"
                + " Dockerfile; revoke it and pass it with RUN --mount=type=secret instead");
    }
}
