package dev.plumbline.server.testing;

import dev.plumbline.config.ConfigLoader;
import dev.plumbline.config.ConfigResolver;
import dev.plumbline.engine.EngineRules;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleRegistry;
import dev.plumbline.text.TextDocument;
import java.util.ArrayList;
import java.util.List;

/** A registry with the test language and its rules, and a config resolver that knows their ids. */
public final class TestRules {

    public final GateRule gate = new GateRule();
    public final RuleRegistry registry;

    public TestRules() {
        this(false);
    }

    private TestRules(boolean crossFile) {
        RuleRegistry.Builder builder = RuleRegistry.builder();
        EngineRules.all().forEach(builder::engineFinding);
        List<Rule<TextDocument>> rules = new ArrayList<>(List.of(new ShoutRule(), new BoomRule(), gate));
        if (crossFile) {
            rules.add(new NeedsReadmeRule());
            builder.factsExtractor(new NeedsReadmeRule.ReadmeExtractor());
        }
        this.registry = builder.language(new TestLanguage(), rules).build();
    }

    /** The test rules plus a cross-file rule that wants a README next to every file. */
    public static TestRules withCrossFileRule() {
        return new TestRules(true);
    }

    public ConfigResolver configResolver() {
        return new ConfigResolver(new ConfigLoader(key -> !registry.resolve(key, null).isEmpty()));
    }
}
