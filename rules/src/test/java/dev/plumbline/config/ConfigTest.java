package dev.plumbline.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.engine.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {

    private static Config ignoring(String... globs) {
        return new Config(Map.of(), List.of(globs), null, null, Map.of());
    }

    @Test
    void matchesIgnoreGlobsRelativeToTheConfigFolder() {
        Config config = ignoring("vendor/**", "*.expected", "./build", "charts/*/templates/**");
        assertTrue(config.isIgnored("vendor/a/Dockerfile"));
        assertTrue(config.isIgnored("Dockerfile.expected"));
        assertTrue(config.isIgnored("deep/down/Dockerfile.expected"));
        assertTrue(config.isIgnored("build/Dockerfile"));
        assertTrue(config.isIgnored("charts/web/templates/deploy.yaml"));
        assertFalse(config.isIgnored("src/vendor.Dockerfile"));
        assertFalse(config.isIgnored("Dockerfile"));
        assertFalse(ignoring("**/vendor/**").isIgnored("/elsewhere/vendor/Dockerfile"));
    }

    @Test
    void higherLayersWinAndSwitchesOnlyChangeWhenSet() {
        Config lower = new Config(Map.of("a", RuleSetting.OFF, "b", RuleSetting.OFF), List.of("x/**"), false, null,
                Map.of("gha.actionPinning", "tag"));
        Config higher = new Config(Map.of("a", RuleSetting.severity(Severity.ERROR)), List.of("y/**"), null, false,
                Map.of());
        Config merged = lower.overriddenBy(higher);
        assertEquals(RuleSetting.severity(Severity.ERROR), merged.rules().get("a"));
        assertEquals(RuleSetting.OFF, merged.rules().get("b"));
        assertEquals(List.of("x/**", "y/**"), merged.ignore());
        assertFalse(merged.inlineSuppressions());
        assertFalse(merged.peerSuppressions());
        assertEquals("tag", merged.stringOption("gha.actionPinning").orElseThrow());
    }

    @Test
    void peerIgnoresAddUpAcrossLayersSurviveDroppedOptionsAndApplyByFileName() {
        PeerIgnore lower = new PeerIgnore("zizmor", "artipacked", "ci.yml", 0, 0);
        PeerIgnore higher = new PeerIgnore("zizmor", "github-env", "release.yml", 4, 0);
        Config merged = new Config(Map.of(), List.of(), null, null, Map.of("gha.x", "1"), List.of(lower))
                .overriddenBy(new Config(Map.of(), List.of(), null, null, Map.of(), List.of(higher)))
                .withoutOptions(key -> true);
        assertEquals(List.of(lower, higher), merged.peerIgnores());
        assertEquals(List.of(lower.suppression()), merged.peerIgnoresFor("/w/.github/workflows/ci.yml"));
        assertEquals(List.of(higher.suppression()), merged.peerIgnoresFor("C:\\w\\release.yml"));
        assertEquals(List.of(), merged.peerIgnoresFor("ci.yml.bak"));
        Config noPeers = merged.overriddenBy(new Config(Map.of(), List.of(), null, false, Map.of()));
        assertEquals(List.of(), noPeers.peerIgnoresFor("ci.yml"));
    }
}
