package dev.plumbline.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.engine.Severity;
import dev.plumbline.testing.MarkedSource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {

    private static final Set<String> KNOWN = Set.of("dockerfile/latest-tag", "latest-tag", "DL3042");
    private final ConfigLoader loader = new ConfigLoader(KNOWN::contains);

    @Test
    void readsEverySection() {
        LoadedConfig loaded = loader.load("""
                rules:
                  dockerfile/latest-tag: error
                  DL3042: off
                ignore:
                  - "vendor/**"
                suppressions:
                  inline: true
                  peers: false
                gha:
                  actionPinning: tag
                dockerfile:
                  trustedRegistries: [docker.io, "ghcr.io/acme/*"]
                """);
        assertEquals(List.of(), loaded.problems());
        Config config = loaded.config();
        assertEquals(Map.of("dockerfile/latest-tag", RuleSetting.severity(Severity.ERROR), "DL3042", RuleSetting.OFF),
                config.rules());
        assertEquals(List.of("vendor/**"), config.ignore());
        assertTrue(config.inlineSuppressions());
        assertFalse(config.peerSuppressions());
        assertEquals("tag", config.stringOption("gha.actionPinning").orElseThrow());
        assertEquals(List.of("docker.io", "ghcr.io/acme/*"), config.options().get("dockerfile.trustedRegistries"));
    }

    @Test
    void readsAMappingOption() {
        MarkedSource source = MarkedSource.parse("""
                dockerfile:
                  strictLabels: true
                  labelSchema:
                    org.opencontainers.image.source: URL
                    org.opencontainers.image.version: semver
                    maintainer: «fancy»
                """);
        LoadedConfig loaded = loader.load(source.text());
        assertEquals(source.ranges(), loaded.problems().stream().map(ConfigProblem::range).toList());
        assertEquals(Map.of("org.opencontainers.image.source", "url", "org.opencontainers.image.version", "semver"),
                loaded.config().options().get("dockerfile.labelSchema"));
        assertEquals("true", loaded.config().stringOption("dockerfile.strictLabels").orElseThrow());
        assertEquals(1, loader.load("dockerfile:\n  labelSchema: [a, b]\n").problems().size());
    }

    @Test
    void theKubernetesSectionAnswersToBothNames() {
        assertEquals("1.30", loader.load("k8s:\n  version: \"1.30\"\n").config().stringOption("k8s.version").orElseThrow());
        assertEquals("1.29", loader.load("kubernetes:\n  version: \"1.29\"\n").config().stringOption("k8s.version").orElseThrow());
    }

    @Test
    void aNumberOptionTakesAWholeNumberInItsRange() {
        assertEquals("14", loader.load("gha:\n  dependabotCooldownDays: 14\n").config()
                .stringOption("gha.dependabotCooldownDays").orElseThrow());
        assertEquals("3", loader.load("gha:\n  dependabotCooldownDays: \"3\"\n").config()
                .stringOption("gha.dependabotCooldownDays").orElseThrow());
        for (String bad : List.of("0", "91", "7.5", "-1", "a week", "[7]", "99999999999999")) {
            LoadedConfig loaded = loader.load("gha:\n  dependabotCooldownDays: " + bad + "\n");
            assertEquals(1, loaded.problems().size(), bad);
            assertEquals("\"gha.dependabotCooldownDays\" must be a whole number from 1 to 90; its default is kept.",
                    loaded.problems().get(0).message(), bad);
            assertTrue(loaded.config().stringOption("gha.dependabotCooldownDays").isEmpty(), bad);
        }
    }

    @Test
    void anEmptyFileIsTheDefault() {
        assertEquals(Config.DEFAULT.rules(), loader.load("").config().rules());
        assertEquals(List.of(), loader.load("# nothing yet\n").problems());
    }

    /** Each bad value is one problem at the marked place; every good value around it still counts. */
    @Test
    void reportsBadValuesWhereTheyAreAndKeepsTheDefault() {
        MarkedSource source = MarkedSource.parse("""
                rules:
                  dockerfile/latest-tag: «maybe»
                  «no-such-rule»: off
                  DL3042: off
                «colour»: blue
                suppressions:
                  inline: «sometimes»
                gha:
                  actionPinning: «branch»
                  «pinning»: sha
                """);
        LoadedConfig loaded = loader.load(source.text());
        assertEquals(source.ranges(), loaded.problems().stream().map(ConfigProblem::range).toList(),
                () -> loaded.problems().toString());
        assertEquals(Map.of("DL3042", RuleSetting.OFF), loaded.config().rules());
        assertTrue(loaded.config().inlineSuppressions());
        assertTrue(loaded.problems().get(0).message().contains("must be off, error, warning, info or hint"));
    }

    @Test
    void brokenYamlIsOneProblemAndTheDefaults() {
        LoadedConfig loaded = loader.load("rules:\n  a: [unclosed\n");
        assertEquals(1, loaded.problems().size());
        assertTrue(loaded.problems().get(0).message().startsWith("Configuration is not valid YAML"));
        assertEquals(Map.of(), loaded.config().rules());
    }

    @Test
    void aRepeatedKeyIsReportedAndTheFirstWins() {
        MarkedSource source = MarkedSource.parse("rules:\n  DL3042: off\n  «DL3042»: error\n");
        LoadedConfig loaded = loader.load(source.text());
        assertEquals(source.ranges(), loaded.problems().stream().map(ConfigProblem::range).toList());
        assertEquals(RuleSetting.OFF, loaded.config().rules().get("DL3042"));
    }

    @Test
    void countsColumnsInUtf16AfterAstralCharacters() {
        MarkedSource source = MarkedSource.parse("{\"\uD83D\uDE00\": 1, «x»: 2}\n");
        LoadedConfig loaded = loader.load(source.text());
        assertEquals(source.ranges(), loaded.problems().stream().map(ConfigProblem::range).toList().subList(1, 2));
    }

    @Test
    void aRootThatIsNotAMappingIsReported() {
        assertEquals(1, loader.load("- a\n- b\n").problems().size());
    }
}
