package dev.plumbline.rules;

import dev.plumbline.config.ConfigLoader;
import dev.plumbline.config.ConfigResolver;
import dev.plumbline.engine.EngineRules;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.RuleRegistry;
import dev.plumbline.rules.config.ConfigLanguage;
import dev.plumbline.rules.config.ConfigProblemRule;
import dev.plumbline.rules.dockerfile.DockerfileLanguage;
import dev.plumbline.rules.dockerfile.DockerfileRules;
import dev.plumbline.rules.gha.WorkflowLanguage;
import dev.plumbline.rules.gha.WorkflowRules;
import dev.plumbline.rules.k8s.KubernetesLanguage;
import dev.plumbline.rules.k8s.KubernetesRules;
import java.util.List;

/** The explicit list of every language and rule Plumbline ships. */
public final class BuiltinRules {

    private static final RuleRegistry REGISTRY = build();

    private BuiltinRules() {
    }

    public static RuleRegistry registry() {
        return REGISTRY;
    }

    /** Reads {@code .plumbline.yaml} files, checking rule keys against the built-in rules. */
    public static ConfigLoader configLoader() {
        return new ConfigLoader(key -> !REGISTRY.resolve(key, null).isEmpty());
    }

    /** Finds the configuration that applies to a file. */
    public static ConfigResolver configResolver() {
        return new ConfigResolver(configLoader());
    }

    private static RuleRegistry build() {
        RuleRegistry.Builder builder = RuleRegistry.builder();
        for (RuleMeta meta : EngineRules.all()) {
            builder.engineFinding(meta);
        }
        // the loader checks rule keys lazily, once the registry exists
        builder.language(new ConfigLanguage(configLoader()), List.of(new ConfigProblemRule()));
        builder.language(new DockerfileLanguage(), DockerfileRules.all());
        builder.language(new WorkflowLanguage(), WorkflowRules.all());
        builder.language(new KubernetesLanguage(), KubernetesRules.all());
        // facts cross-file rules read from the workspace index: builder.factsExtractor(...)
        builder.factsExtractor(dev.plumbline.rules.dockerfile.support.Dockerignore.EXTRACTOR);
        builder.factsExtractor(dev.plumbline.rules.gha.support.CalledWorkflow.EXTRACTOR);
        builder.factsExtractor(dev.plumbline.rules.gha.support.LocalAction.EXTRACTOR);
        builder.factsExtractor(dev.plumbline.rules.gha.support.RequirementsFile.EXTRACTOR);
        builder.factsExtractor(dev.plumbline.rules.gha.support.RepositoryFacts.WorkflowName.EXTRACTOR);
        builder.factsExtractor(dev.plumbline.rules.gha.support.RepositoryFacts.DependabotConfig.EXTRACTOR);
        builder.factsExtractor(dev.plumbline.rules.k8s.support.ManifestFacts.EXTRACTOR);
        builder.factsExtractor(dev.plumbline.rules.k8s.support.WorkspaceCrds.EXTRACTOR);
        // which workspace image runs as whom: workflow builds link an image name to a Dockerfile's USER
        builder.factsExtractor(dev.plumbline.rules.gha.support.ImageBuilds.EXTRACTOR);
        builder.factsExtractor(dev.plumbline.rules.k8s.support.ComposeBuilds.EXTRACTOR);
        builder.factsExtractor(dev.plumbline.rules.dockerfile.support.ImageUsers.EXTRACTOR);
        return builder.build();
    }
}
