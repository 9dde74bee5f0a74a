package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.DependencyCaches;
import dev.plumbline.rules.gha.support.KnownActions;
import dev.plumbline.rules.gha.support.StepEnvEdits;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import java.util.Optional;

/**
 * A dependency cache ({@code actions/cache}, {@code actions/cache/restore}) keyed by a lockfile hash
 * but without {@code restore-keys}: every lockfile change then starts from an empty cache and
 * downloads everything again. Caches with {@code fail-on-cache-miss: true} or {@code lookup-only:
 * true} want an exact hit and are exempt. The fix adds {@code restore-keys} with the key's text up to
 * the hash.
 */
public final class CacheMissingRestoreKeysRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/cache-missing-restore-keys", "Dependency cache without restore-keys",
            Severity.INFORMATION, Language.GITHUB_ACTIONS);

    static final String FIX_TITLE = "Add restore-keys";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        for (DependencyCaches.Cache cache : DependencyCaches.of(context.model())) {
            if (cache.key().isEmpty() || !DependencyCaches.keyHashesDependencies(cache.key().get().value())
                    || cache.step().with().map(w -> w.has("restore-keys")).orElse(true)
                    || KnownActions.inputText(cache.step(), "fail-on-cache-miss").map("true"::equals).orElse(false)
                    || KnownActions.inputText(cache.step(), "lookup-only").map("true"::equals).orElse(false)) {
                continue;
            }
            Optional<YamlEntry> keyEntry = cache.step().with().flatMap(w -> w.entry("key"));
            var report = context.report(keyEntry.map(e -> e.key().range()).orElse(cache.key().get().range()),
                    "The " + cache.ecosystem() + " cache has no restore-keys, so each lockfile change starts from an"
                            + " empty cache; add restore-keys with the key's prefix");
            Optional<String> prefix = DependencyCaches.prefixBeforeHash(cache.key().get().value());
            if (prefix.isPresent() && !prefix.get().isBlank()) {
                StepEnvEdits.addTo(cache.step(), "with", "restore-keys", prefix.get(), true, context.document(),
                        context.model().root().orElse(null)).ifPresent(edit -> report.fix(FIX_TITLE, edit));
            }
        }
    }
}
