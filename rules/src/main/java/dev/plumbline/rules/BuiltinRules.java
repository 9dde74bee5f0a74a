package dev.plumbline.rules;

import dev.plumbline.engine.EngineRules;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.RuleRegistry;
import dev.plumbline.rules.dockerfile.DockerfileLanguage;
import dev.plumbline.rules.dockerfile.DockerfileRules;

/** The explicit list of every language and rule Plumbline ships. */
public final class BuiltinRules {

    private static final RuleRegistry REGISTRY = build();

    private BuiltinRules() {
    }

    public static RuleRegistry registry() {
        return REGISTRY;
    }

    private static RuleRegistry build() {
        RuleRegistry.Builder builder = RuleRegistry.builder();
        for (RuleMeta meta : EngineRules.all()) {
            builder.engineFinding(meta);
        }
        // languages: one line each, e.g. builder.language(new DockerfileLanguage(), DockerfileRules.all());
        builder.language(new DockerfileLanguage(), DockerfileRules.all());
        return builder.build();
    }
}
