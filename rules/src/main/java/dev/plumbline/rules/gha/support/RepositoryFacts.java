package dev.plumbline.rules.gha.support;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.syntax.gha.Dependabot;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.TextDocument;
import dev.plumbline.workspace.FactsExtractor;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Small facts about a repository's GitHub configuration that cross-file workflow rules read from the index. */
public final class RepositoryFacts {

    private RepositoryFacts() {
    }

    /**
     * A workflow's name as the Actions tab (and {@code on.workflow_run.workflows}) knows it.
     *
     * @param name the {@code name:}; empty when the workflow has none (GitHub then uses its path)
     */
    public record WorkflowName(Optional<String> name) {

        public static final FactsExtractor<WorkflowName> EXTRACTOR = new FactsExtractor<>() {
            @Override
            public Class<WorkflowName> type() {
                return WorkflowName.class;
            }

            @Override
            public boolean accepts(String relativePath) {
                return relativePath.matches("(.*/)?\\.github/workflows/[^/]+\\.ya?ml");
            }

            @Override
            public Optional<WorkflowName> extract(String relativePath, String text) {
                WorkflowFile file = WorkflowFile.parse(TextDocument.of("file:///" + relativePath, text), Cancellation.NONE);
                return file.workflow().map(w -> new WorkflowName(w.name().map(YamlScalar::value)));
            }
        };
    }

    /**
     * The package ecosystems a {@code .github/dependabot.yml} updates ({@code github-actions}, {@code npm} …).
     */
    public record DependabotConfig(Set<String> ecosystems) {

        public static final FactsExtractor<DependabotConfig> EXTRACTOR = new FactsExtractor<>() {
            @Override
            public Class<DependabotConfig> type() {
                return DependabotConfig.class;
            }

            @Override
            public boolean accepts(String relativePath) {
                return relativePath.matches("\\.github/dependabot\\.ya?ml");
            }

            @Override
            public Optional<DependabotConfig> extract(String relativePath, String text) {
                WorkflowFile file = WorkflowFile.parse(TextDocument.of("file:///" + relativePath, text), Cancellation.NONE);
                return Optional.of(new DependabotConfig(Set.copyOf(file.dependabot().map(Dependabot::ecosystems)
                        .orElse(List.of()))));
            }
        };
    }
}
