package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InsecureDownloadRuleTest {

    private final RuleTester<Dockerfile> tester = RuleTester.of(new InsecureDownloadRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("curl -k", "FROM alpine:3.20\nRUN curl «-k» https://x.example/a\n"),
                RuleCase.flags("curl group", "FROM alpine:3.20\nRUN curl «-fsSLk» https://x.example/a\n"),
                RuleCase.flags("curl --insecure", "FROM alpine:3.20\nRUN curl «--insecure» -o a https://x.example/a\n"),
                RuleCase.flags("plain http", "FROM alpine:3.20\nRUN wget «http://x.example/a.tgz»\n"),
                RuleCase.flags("wget", "FROM alpine:3.20\nRUN wget «--no-check-certificate» https://x.example/a\n"),
                RuleCase.flags("pip", "FROM python:3.12\nRUN pip install «--trusted-host» pypi.example x\n"),
                RuleCase.flags("npm", "FROM node:22\nRUN npm config set «strict-ssl» false\n"),
                RuleCase.flags("git", "FROM alpine:3.20\nRUN git -c «http.sslVerify=false» clone https://x.example/r\n"),
                RuleCase.flags("ADD http", "FROM alpine:3.20\nADD «http://x.example/a.tgz» /a.tgz\n"),
                RuleCase.passes("https", "FROM alpine:3.20\nRUN curl -fsSL https://x.example/a && wget https://x.example/b\n"),
                RuleCase.passes("value of -X is not -k", "FROM alpine:3.20\nRUN curl -Xk https://x.example/a\n"),
                RuleCase.passes("localhost", "FROM alpine:3.20\nRUN curl http://localhost:8080/health\n"),
                RuleCase.passes("variable host", "FROM alpine:3.20\nRUN curl -o a http://${MIRROR}/a\n"),
                RuleCase.passes("strict-ssl true", "FROM node:22\nRUN npm config set strict-ssl true\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageSaysWhy() {
        tester.assertMessage("FROM alpine:3.20\nRUN curl -k https://x.example\n", "curl -k turns off certificate checks,"
                + " so anyone on the network path can change what the build runs; use https with verification");
    }
}
