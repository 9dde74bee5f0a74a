package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.RepositoryFacts.DependabotConfig;
import dev.plumbline.rules.gha.support.RepositoryRoot;
import dev.plumbline.syntax.gha.UsesRef;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.workspace.WorkspaceIndex;
import java.util.List;
import java.util.Optional;

/**
 * A workflow that pins actions to commit SHAs in a repository where nothing updates them: no
 * {@code .github/dependabot.yml} with the {@code github-actions} ecosystem and no Renovate
 * configuration. The pins then go stale and miss security fixes. Reported once per file, on the first
 * SHA pin. Needs the workspace index; quiet without it.
 */
public final class ShaPinsWithoutUpdaterRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/sha-pins-without-updater", "SHA pins without an update bot",
            Severity.INFORMATION, Language.GITHUB_ACTIONS);

    private static final List<String> RENOVATE = List.of("renovate.json", "renovate.json5", ".renovaterc",
            ".renovaterc.json", ".renovaterc.json5", ".github/renovate.json", ".github/renovate.json5",
            ".gitlab/renovate.json", ".gitlab/renovate.json5");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        Optional<WorkspaceIndex> index = RepositoryRoot.of(context);
        if (index.isEmpty()) {
            return;
        }
        Optional<UsesRef> first = context.model().uses().stream()
                .filter(u -> u.isRemote() && u.isFullSha() && u.scalar().isPresent()).findFirst();
        if (first.isEmpty() || updated(index.get())) {
            return;
        }
        context.report(first.get().refRange().orElseThrow(), "Actions are pinned to commit SHAs, but nothing updates"
                + " them: add .github/dependabot.yml with the \"github-actions\" ecosystem (or a Renovate"
                + " configuration) so the pins get security fixes");
    }

    private static boolean updated(WorkspaceIndex index) {
        boolean dependabot = index.all(DependabotConfig.class).values().stream()
                .anyMatch(c -> c.ecosystems().contains("github-actions"));
        return dependabot || RENOVATE.stream().anyMatch(index::exists);
    }
}
