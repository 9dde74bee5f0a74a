package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SecretInArgRuleTest {

    private final RuleTester<Dockerfile> tester = RuleTester.of(new SecretInArgRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("global", "ARG «NPM_TOKEN»\nFROM alpine:3.20\n"),
                RuleCase.flags("stage, with default", "FROM alpine:3.20\nARG «aws_secret»=x «Credentials»\n"),
                RuleCase.passes("other", "FROM alpine:3.20\nARG VERSION ARG_KEYS TOKEN_FILE\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageNamesTheArg() {
        tester.assertMessage("ARG PASSWD\nFROM alpine:3.20\n", "ARG PASSWD looks like a secret (\"passwd\"): build arguments"
                + " are visible in the image history; use RUN --mount=type=secret");
    }
}
