package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CopySensitiveFileRuleTest {

    private final RuleTester<Dockerfile> tester = RuleTester.of(new CopySensitiveFileRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags(".env", "FROM alpine:3.20\nCOPY «.env» /app/\n"),
                RuleCase.flags(".env.production among others", "FROM alpine:3.20\nCOPY package.json «.env.production» /app/\n"),
                RuleCase.flags("npmrc", "FROM node:22\nCOPY «.npmrc» «./certs/server.key» /app/\n"),
                RuleCase.flags("ssh", "FROM alpine:3.20\nCOPY «id_rsa» /root/.ssh/id_rsa\nADD «.ssh/» /root/.ssh/\n"),
                RuleCase.flags("aws and kubeconfig", "FROM alpine:3.20\nCOPY «.aws» /root/.aws\nCOPY «kubeconfig» /k\n"),
                RuleCase.flags("pem key, exec form", "FROM alpine:3.20\nCOPY [«\"tls/private.pem\"», \"/etc/tls/\"]\n"),
                RuleCase.passes("templates", "FROM alpine:3.20\nCOPY .env.example .env.sample /app/\n"),
                RuleCase.passes("public key and certificates", "FROM alpine:3.20\nCOPY id_rsa.pub ca.pem cert.pem fullchain.pem /k/\n"),
                RuleCase.passes("destination only", "FROM alpine:3.20\nCOPY app.env.tmpl /app/.env\n"),
                RuleCase.passes("ordinary files", "FROM alpine:3.20\nCOPY package.json keys.js /app/\n"),
                RuleCase.passes("downloaded key", "FROM alpine:3.20\nADD https://nginx.org/keys/nginx_signing.key /k\n"),
                RuleCase.passes("signing key by name", "FROM alpine:3.20\nCOPY repo-signing.key /k\n"),
                RuleCase.passes("public key by destination", "FROM alpine:3.20\nCOPY jenkins.key /war/jenkins-key.pub\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageNamesTheKind() {
        tester.assertMessage("FROM alpine:3.20\nCOPY .env /app/\n", "COPY .env puts an environment file into the image,"
                + " where anyone who pulls it can read it; use RUN --mount=type=secret or keep it out with .dockerignore");
    }
}
