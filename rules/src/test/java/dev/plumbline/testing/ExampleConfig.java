package dev.plumbline.testing;

import dev.plumbline.config.Config;
import dev.plumbline.config.RuleSetting;
import dev.plumbline.engine.RuleMeta;
import java.util.List;
import java.util.Map;

/**
 * The configuration a rule's docs examples run under: the rule switched on (so opt-in rules show
 * their examples too) and example values for the options that switch config-gated rules on. A docs
 * page whose rule needs an option says which value its examples assume.
 */
public final class ExampleConfig {

    /** Option values the docs examples assume. */
    public static final Map<String, Object> OPTIONS = Map.of(
            "dockerfile.trustedRegistries", List.of("docker.io"));

    private ExampleConfig() {
    }

    public static Config forRule(RuleMeta meta) {
        return new Config(Map.of(meta.id(), RuleSetting.severity(meta.defaultSeverity())), List.of(), null, null, OPTIONS);
    }
}
