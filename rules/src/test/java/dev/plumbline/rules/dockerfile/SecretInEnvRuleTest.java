package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SecretInEnvRuleTest {

    private final RuleTester<Dockerfile> tester = RuleTester.of(new SecretInEnvRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("token", "FROM alpine:3.20\nENV «GITHUB_TOKEN»=abc\n"),
                RuleCase.flags("password, legacy form", "FROM alpine:3.20\nENV «DB_PASSWORD» hunter2\n"),
                RuleCase.flags("several pairs", "FROM alpine:3.20\nENV A=1 «api_key»=x «SECRET»=y\n"),
                RuleCase.flags("ONBUILD", "FROM alpine:3.20\nONBUILD ENV «NPM_AUTH»=x\n"),
                RuleCase.passes("word inside a word", "FROM alpine:3.20\nENV KEYBOARD=us MONKEY=1 TOKENIZER=x\n"),
                RuleCase.passes("public", "FROM alpine:3.20\nENV PUBLIC_KEY=abc\n"),
                RuleCase.passes("file", "FROM alpine:3.20\nENV PASSWORD_FILE=/run/secrets/db\n"),
                RuleCase.passes("version", "FROM alpine:3.20\nENV AUTH_VERSION=2\n"),
                RuleCase.passes("ARG is another rule", "FROM alpine:3.20\nARG TOKEN\n"),
                RuleCase.passes("GPG key fingerprint", "FROM alpine:3.20\nENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D\n"),
                RuleCase.passes("path to a secret file", "FROM alpine:3.20\nENV TLS_PRIVATE_KEY=/run/secrets/tls.key\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageNeverShowsTheValue() {
        tester.assertMessage("FROM alpine:3.20\nENV API_TOKEN=s3cr3t\n", "ENV API_TOKEN looks like a secret (\"token\"): its"
                + " value is stored in the image for anyone who pulls it; use RUN --mount=type=secret");
    }
}
