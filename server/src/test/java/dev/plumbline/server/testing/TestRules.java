package dev.plumbline.server.testing;

import dev.plumbline.config.ConfigLoader;
import dev.plumbline.config.ConfigResolver;
import dev.plumbline.engine.EngineRules;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleRegistry;
import dev.plumbline.text.TextDocument;
import java.util.List;

/** A registry with the test language and its rules, and a config resolver that knows their ids. */
public final class TestRules {

    public final GateRule gate = new GateRule();
    public final RuleRegistry registry;

    public TestRules() {
        RuleRegistry.Builder builder = RuleRegistry.builder();
        EngineRules.all().forEach(builder::engineFinding);
        List<Rule<TextDocument>> rules = List.of(new ShoutRule(), new BoomRule(), gate, new NeedsReadmeRule());
        this.registry = builder.language(new TestLanguage(), rules)
                .factsExtractor(new NeedsReadmeRule.ReadmeExtractor())
                .build();
    }

    public ConfigResolver configResolver() {
        return new ConfigResolver(new ConfigLoader(key -> !registry.resolve(key, null).isEmpty()));
    }
}
