package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CopyWholeFilesystemRuleTest {

    private final RuleTester<Dockerfile> tester = RuleTester.of(new CopyWholeFilesystemRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("root to root", "FROM alpine:3.20 AS a\nFROM scratch\nCOPY --from=a «/» /\n"),
                RuleCase.flags("with link", "FROM alpine:3.20 AS a\nFROM scratch\nCOPY --link --from=a «/» /\n"),
                RuleCase.passes("a folder", "FROM alpine:3.20 AS a\nFROM scratch\nCOPY --from=a /app /\n"),
                RuleCase.passes("from the context", "FROM scratch\nCOPY / /\n"),
                RuleCase.passes("in a build stage", "FROM alpine:3.20 AS xx\nFROM golang:1.22 AS build\nCOPY --from=xx / /\nFROM scratch\nCOPY --from=build /app /app\n"),
                RuleCase.passes("exporting a scratch stage", "FROM alpine:3.20 AS b\nFROM scratch AS out\nCOPY --from=b /app /\nFROM scratch\nCOPY --from=out / /\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

}
