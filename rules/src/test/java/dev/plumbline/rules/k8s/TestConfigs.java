package dev.plumbline.rules.k8s;

import dev.plumbline.config.Config;
import dev.plumbline.config.LoadedConfig;
import dev.plumbline.config.RuleSetting;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.rules.BuiltinRules;
import java.util.List;
import java.util.Map;

/** Configurations for rule tests: an opt-in rule switched on, or a {@code .plumbline.yaml} text. */
final class TestConfigs {

    private TestConfigs() {
    }

    /** The default configuration with {@code meta}'s rule on at its default severity. */
    static Config enabling(RuleMeta meta) {
        return new Config(Map.of(meta.id(), RuleSetting.severity(meta.defaultSeverity())), List.of(), null, null,
                Map.of());
    }

    /** A {@code .plumbline.yaml} text, which must load without problems. */
    static Config yaml(String text) {
        LoadedConfig loaded = BuiltinRules.configLoader().load(text);
        if (!loaded.problems().isEmpty()) {
            throw new IllegalArgumentException("bad test configuration: " + loaded.problems());
        }
        return loaded.config();
    }
}
