package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SingleStageBuildRuleTest {

    private final RuleTester<Dockerfile> tester = RuleTester.of(new SingleStageBuildRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("go build", "FROM golang:1.22\nCOPY . .\nRUN «go build» -o /app .\n"),
                RuleCase.flags("npm run build after install", "FROM node:22\nRUN npm ci && «npm run build»\n"),
                RuleCase.flags("yarn build", "FROM node:22\nRUN «yarn build»\n"),
                RuleCase.flags("mvn package", "FROM maven:3\nRUN «mvn» -B package\n"),
                RuleCase.flags("gradlew", "FROM eclipse-temurin:21\nRUN «./gradlew» --no-daemon build\n"),
                RuleCase.flags("dotnet publish", "FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN «dotnet publish» -c Release\n"),
                RuleCase.flags("make, first one only", "FROM debian:12\nRUN «make» && make install\nRUN gcc x.c\n"),
                RuleCase.passes("multi-stage", "FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM scratch\nCOPY --from=build /app /app\n"),
                RuleCase.passes("compile and purge in one layer", "FROM alpine:3.20\nRUN apk add --virtual .deps gcc make && make && apk del .deps\n"),
                RuleCase.passes("apt purge", "FROM debian:12\nRUN apt-get install -y gcc && gcc -o x x.c && apt-get purge -y gcc\n"),
                RuleCase.passes("go test is no build", "FROM golang:1.22\nRUN go test ./...\n"),
                RuleCase.passes("npm install", "FROM node:22\nRUN npm install\n"),
                RuleCase.passes("npm build is not a script run", "FROM node:22\nRUN npm build\n"),
                RuleCase.passes("installing make", "FROM debian:12\nRUN apt-get install -y make\n"),
                RuleCase.passes("ONBUILD", "FROM golang:1.22\nONBUILD RUN go build .\n"),
                RuleCase.passes("version check", "FROM eclipse-temurin:21\nRUN javac --version && java --version\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageNamesTheCommand() {
        tester.assertMessage("FROM golang:1.22\nRUN go build .\n", "This single-stage image compiles (go build), so its"
                + " compilers, sources and caches ship with it; build in a separate stage and COPY --from only the result");
    }
}
