package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MissingLockfileRuleTest {

    private static final String NODE = "FROM node:20\nWORKDIR /app\n";

    private final RuleTester<Dockerfile> tester = RuleTester.of(new MissingLockfileRule(), new DockerfileLanguage(),
            "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("npm", NODE + "COPY «package.json» ./\nRUN npm ci\n"),
                RuleCase.flags("yarn needs yarn.lock", NODE + "COPY «package.json» package-lock.json ./\n"
                        + "RUN yarn install --frozen-lockfile\n"),
                RuleCase.flags("pnpm", NODE + "COPY «package.json» ./\nRUN pnpm install --frozen-lockfile\n"),
                RuleCase.flags("lockfile copied after the install", NODE + "COPY «package.json» ./\nRUN npm install\n"
                        + "COPY package-lock.json ./\n"),
                RuleCase.flags("bundler", "FROM ruby:3.3\nWORKDIR /app\nCOPY «Gemfile» ./\nRUN bundle install\n"),
                RuleCase.flags("go", "FROM golang:1.22\nWORKDIR /src\nCOPY «go.mod» ./\nRUN go mod download\n"),
                RuleCase.flags("cargo", "FROM rust:1.79\nWORKDIR /src\nCOPY «Cargo.toml» ./\nRUN cargo fetch\n"),
                RuleCase.flags("composer", "FROM composer:2\nWORKDIR /app\nCOPY «composer.json» ./\nRUN composer install\n"),
                RuleCase.flags("poetry", "FROM python:3.12\nWORKDIR /app\nCOPY «pyproject.toml» ./\nRUN poetry install\n"),
                RuleCase.flags("uv", "FROM python:3.12\nWORKDIR /app\nCOPY «pyproject.toml» ./\nRUN uv sync --locked\n"),
                RuleCase.flags("manifest in a sub-directory", NODE + "COPY «web/package.json» ./\nRUN npm ci\n"),
                RuleCase.flags("one finding for two installs", NODE + "COPY «package.json» ./\nRUN npm ci\nRUN npm ci\n"),
                RuleCase.passes("lockfile copied", NODE + "COPY package.json package-lock.json ./\nRUN npm ci\n"),
                RuleCase.passes("glob catches the lockfile", NODE + "COPY package*.json ./\nRUN npm ci\n"),
                RuleCase.passes("yarn.lock copied separately", NODE + "COPY package.json ./\nCOPY yarn.lock ./\n"
                        + "RUN yarn install --frozen-lockfile\n"),
                RuleCase.passes("whole context", NODE + "COPY package.json ./\nCOPY . .\nRUN npm ci\n"),
                RuleCase.passes("a directory", NODE + "COPY package.json ./\nCOPY web/ ./web/\nRUN npm ci\n"),
                RuleCase.passes("a dotless directory", NODE + "COPY package.json ./\nCOPY app ./app\nRUN npm ci\n"),
                RuleCase.passes("lockfile in the parent stage", "FROM node:20 AS base\nWORKDIR /app\n"
                        + "COPY package-lock.json ./\nFROM base\nCOPY package.json ./\nRUN npm ci\n"),
                RuleCase.passes("no manifest copied", NODE + "RUN npm install -g pnpm@9.1.0\n"),
                RuleCase.passes("named package install", NODE + "COPY package.json ./\nRUN npm install left-pad@1.3.0\n"),
                RuleCase.passes("go.sum copied", "FROM golang:1.22\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\n"),
                RuleCase.passes("go build alone", "FROM golang:1.22\nWORKDIR /src\nCOPY go.mod main.go ./\nRUN go build .\n"),
                RuleCase.passes("Gemfile and lock", "FROM ruby:3.3\nWORKDIR /app\nCOPY Gemfile Gemfile.lock ./\n"
                        + "RUN bundle install\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageNamesTheManifestAndTheLockfiles() {
        tester.assertMessage(NODE + "COPY package.json ./\nRUN npm ci\n", "\"package.json\" is copied in and installed"
                + " by npm without its lockfile (package-lock.json or npm-shrinkwrap.json); copy the lockfile too so"
                + " the install reproduces the locked versions");
    }
}
