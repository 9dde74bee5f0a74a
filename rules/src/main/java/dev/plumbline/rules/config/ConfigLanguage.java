package dev.plumbline.rules.config;

import dev.plumbline.config.ConfigLoader;
import dev.plumbline.config.LoadedConfig;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Fix;
import dev.plumbline.engine.Language;
import dev.plumbline.engine.LanguageSupport;
import dev.plumbline.engine.Suppression;
import dev.plumbline.text.TextDocument;
import java.util.List;
import java.util.Optional;

/** {@code .plumbline.yaml} as a language, so its mistakes show up in the editor and in {@code check}. */
public final class ConfigLanguage implements LanguageSupport<LoadedConfig> {

    private final ConfigLoader loader;

    public ConfigLanguage(ConfigLoader loader) {
        this.loader = loader;
    }

    @Override
    public Language language() {
        return Language.PLUMBLINE_CONFIG;
    }

    @Override
    public LoadedConfig parse(TextDocument document, Cancellation cancellation) {
        return loader.load(document.text());
    }

    @Override
    public List<Suppression> suppressions(LoadedConfig model, TextDocument document) {
        return List.of();
    }

    @Override
    public Optional<Fix> ignoreFix(LoadedConfig model, TextDocument document, Finding finding) {
        return Optional.empty();
    }
}
