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

class UntrustedRegistryRuleTest {

    private final RuleTester<Dockerfile> tester = RuleTester.of(new UntrustedRegistryRule(), new DockerfileLanguage(), "Dockerfile").withConfig(new Config(Map.of(), List.of(), null, null, Map.of(UntrustedRegistryRule.OPTION, List.of("registry.example.com:*", "ghcr.io/acme/*"))));

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("hub image", "FROM «debian:12»\n"),
                RuleCase.flags("other registry", "FROM «quay.io/x/y:1»\n"),
                RuleCase.flags("other org on ghcr", "FROM «ghcr.io/evil/app:1»\n"),
                RuleCase.flags("through an ARG", "ARG R=quay.io\nFROM «${R}/x:1»\n"),
                RuleCase.passes("trusted registry", "FROM registry.example.com:5000/app:1\n"),
                RuleCase.passes("trusted path glob", "FROM ghcr.io/acme/app:1\n"),
                RuleCase.passes("scratch and stages", "FROM scratch AS s\nFROM s\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void silentWithoutTheOption() {
        assertTrue(RuleTester.of(new UntrustedRegistryRule(), new DockerfileLanguage(), "Dockerfile").findings("FROM debian:12\n").isEmpty());
    }

    @Test
    void dockerIoCoversHubImages() {
        RuleTester<Dockerfile> hub = RuleTester.of(new UntrustedRegistryRule(), new DockerfileLanguage(), "Dockerfile")
                .withConfig(new Config(Map.of(), List.of(), null, null, Map.of(UntrustedRegistryRule.OPTION, List.of("docker.io"))));
        assertTrue(hub.findings("FROM debian:12\nFROM library/node:22\nFROM index.docker.io/x/y:1\n").isEmpty());
        hub.assertMessage("FROM ghcr.io/a/b:1\n", "Image \"ghcr.io/a/b:1\" comes from ghcr.io, which is not in dockerfile.trustedRegistries");
    }
}
