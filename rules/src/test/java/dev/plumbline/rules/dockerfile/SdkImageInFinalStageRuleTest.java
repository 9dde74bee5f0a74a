package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.config.Config;
import dev.plumbline.config.RuleSetting;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SdkImageInFinalStageRuleTest {

    private final RuleTester<Dockerfile> tester = RuleTester.of(new SdkImageInFinalStageRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("golang", "FROM «golang:1.22»\n"),
                RuleCase.flags("through the chain", "FROM «maven:3-eclipse-temurin-21» AS base\nFROM base\n"),
                RuleCase.flags("dotnet sdk", "FROM «mcr.microsoft.com/dotnet/sdk:8.0»\n"),
                RuleCase.flags("temurin jdk", "FROM «eclipse-temurin:21-jdk»\n"),
                RuleCase.passes("multi-stage", "FROM golang:1.22 AS build\nFROM gcr.io/distroless/static-debian12\n"),
                RuleCase.passes("jre", "FROM eclipse-temurin:21-jre\n"),
                RuleCase.passes("aspnet runtime", "FROM mcr.microsoft.com/dotnet/aspnet:8.0\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

}
