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

class ImageNotDigestPinnedRuleTest {

    private final RuleTester<Dockerfile> tester = RuleTester.of(new ImageNotDigestPinnedRule(), new DockerfileLanguage(), "Dockerfile").withConfig(new Config(Map.of("dockerfile/image-not-digest-pinned", RuleSetting.severity(Severity.INFORMATION)), List.of(), null, null, Map.of()));

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("tag only", "FROM «debian:12»\n"),
                RuleCase.flags("COPY --from image", "FROM debian:12@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\nCOPY --from=«nginx:1.27» /a /a\n"),
                RuleCase.passes("digest", "FROM debian:12@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n"),
                RuleCase.passes("untagged is another rule", "FROM debian\n"),
                RuleCase.passes("stage and scratch", "FROM scratch AS a\nFROM a\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void isOffByDefault() {
        assertTrue(!ImageNotDigestPinnedRule.META.enabledByDefault());
    }
}
