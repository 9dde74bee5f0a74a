package dev.plumbline.cli;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.EngineRules;
import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Fix;
import dev.plumbline.engine.Language;
import dev.plumbline.engine.LanguageSupport;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.RuleRegistry;
import dev.plumbline.engine.Severity;
import dev.plumbline.engine.Suppression;
import dev.plumbline.config.ConfigLoader;
import dev.plumbline.rules.config.ConfigLanguage;
import dev.plumbline.rules.config.ConfigProblemRule;
import dev.plumbline.text.TextDocument;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stand-in for the Dockerfile language, so CLI tests control exactly what is reported: each rule
 * flags every occurrence of one word, at a severity of its own. The word {@code EXPLODE} makes the
 * parser throw, as a broken parser would.
 */
final class FakeDockerfileLanguage implements LanguageSupport<TextDocument> {

    /** Flags each {@code ERR}; has a docs page in the test resources. */
    static final WordRule ERR = new WordRule("dockerfile/test-error", "ERR", Severity.ERROR);
    static final WordRule WARN = new WordRule("dockerfile/test-warning", "WARN", Severity.WARNING);
    static final WordRule INFO = new WordRule("dockerfile/test-info", "INFO", Severity.INFORMATION);
    static final WordRule HINT = new WordRule("dockerfile/test-hint", "HINT", Severity.HINT);

    private static final AtomicReference<RuleRegistry> REGISTRY = new AtomicReference<>();

    /** The fake language, the real configuration language and the engine's own findings. */
    static synchronized RuleRegistry registry() {
        if (REGISTRY.get() == null) {
            RuleRegistry.Builder builder = RuleRegistry.builder();
            EngineRules.all().forEach(builder::engineFinding);
            builder.language(new ConfigLanguage(configLoader()), List.of(new ConfigProblemRule()));
            builder.language(new FakeDockerfileLanguage(), List.of(ERR, WARN, INFO, HINT));
            REGISTRY.set(builder.build());
        }
        return REGISTRY.get();
    }

    /** Reads configuration files knowing the fake rules (looked up once the registry exists). */
    static ConfigLoader configLoader() {
        return new ConfigLoader(key -> !REGISTRY.get().resolve(key, null).isEmpty());
    }

    @Override
    public Language language() {
        return Language.DOCKERFILE;
    }

    @Override
    public TextDocument parse(TextDocument document, Cancellation cancellation) {
        if (document.text().contains("EXPLODE")) {
            throw new IllegalStateException("parser bug");
        }
        return document;
    }

    @Override
    public List<Suppression> suppressions(TextDocument model, TextDocument document) {
        return List.of();
    }

    @Override
    public Optional<Fix> ignoreFix(TextDocument model, TextDocument document, Finding finding) {
        return Optional.empty();
    }

    record WordRule(RuleMeta meta, String word) implements Rule<TextDocument> {

        WordRule(String id, String word, Severity severity) {
            this(RuleMeta.of(id, "Word " + word + " is present", severity, Language.DOCKERFILE), word);
        }

        @Override
        public void check(RuleContext<TextDocument> context) {
            String text = context.model().text();
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                context.report(at, at + word.length(), "Found " + word);
            }
        }
    }
}
