package dev.plumbline.rules.config;

import dev.plumbline.config.ActionlintConfigReader;
import dev.plumbline.config.ConfigLoader;
import dev.plumbline.config.LoadedConfig;
import dev.plumbline.config.ZizmorConfigReader;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Fix;
import dev.plumbline.engine.Language;
import dev.plumbline.engine.LanguageSupport;
import dev.plumbline.engine.Suppression;
import dev.plumbline.text.TextDocument;
import java.util.List;
import java.util.Optional;

/**
 * {@code .plumbline.yaml} as a language, so its mistakes show up in the editor and in {@code check}; and
 * the peer configurations read as layers under it ({@code zizmor.yml}, {@code .github/actionlint.yaml}),
 * so what Plumbline cannot read or honour in them shows up on them.
 */
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
        String uri = document.uri();
        String name = uri.substring(uri.lastIndexOf('/') + 1);
        return switch (name) {
            case "zizmor.yml", "zizmor.yaml" -> ZizmorConfigReader.read(document.text());
            case "actionlint.yaml", "actionlint.yml" -> ActionlintConfigReader.read(document.text());
            default -> loader.load(document.text());
        };
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
