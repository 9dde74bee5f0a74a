package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.DependencyCaches;
import dev.plumbline.rules.gha.support.RepositoryRoot;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextEdit;
import dev.plumbline.workspace.WorkspaceIndex;
import java.util.Optional;

/**
 * An {@code actions/cache} (or {@code actions/cache/restore}) of a package manager's dependencies
 * whose {@code key} hashes no lockfile or build manifest: the cache then outlives dependency changes
 * (a fixed key) or is never reused (a key from the run or commit). {@code actions/cache/save} and the
 * setup-* actions' own caches are exempt. With the workspace indexed, the fix appends a
 * {@code hashFiles()} over the ecosystem's lockfile found in the repository.
 */
public final class CacheWithoutLockfileKeyRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/cache-without-lockfile-key", "Dependency cache key without a lockfile hash",
            Severity.WARNING, Language.GITHUB_ACTIONS);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        Optional<WorkspaceIndex> index = RepositoryRoot.of(context);
        for (DependencyCaches.Cache cache : DependencyCaches.of(context.model())) {
            if (cache.key().isEmpty() || cache.key().get().value().isBlank() || DependencyCaches.keyHashesDependencies(cache.key().get().value())) {
                continue;
            }
            YamlScalar key = cache.key().get();
            var report = context.report(key.range(), "The " + cache.ecosystem() + " cache key \"" + key.value()
                    + "\" hashes no lockfile, so the cache " + (key.value().contains("${{") ? "is either never reused or"
                    + " outlives" : "outlives") + " dependency changes; add ${{ hashFiles('**/"
                    + cache.keyFiles().get(0) + "') }}");
            Optional<String> file = index.flatMap(i -> cache.keyFiles().stream()
                    .filter(f -> !f.contains("*") && (i.exists(f) || !i.matching("**/" + f).isEmpty())).findFirst());
            if (file.isPresent() && key.isPlain() && !key.value().contains("\n")
                    && context.document().textOf(key.range()).equals(key.value())) {
                report.fix("Add hashFiles('**/" + file.get() + "') to the key", new TextEdit(
                        Range.empty(key.range().end()), "-${{ hashFiles('**/" + file.get() + "') }}"));
            }
        }
    }
}
