package dev.plumbline.rules.gha;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.config.Config;
import dev.plumbline.config.RuleSetting;
import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Language;
import dev.plumbline.engine.LanguageDetector;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.rules.gha.support.RepositoryFacts;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleTester;
import dev.plumbline.text.Position;
import dev.plumbline.text.TextDocument;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * {@code .github/dependabot.yml} is a GitHub Actions file of its own kind: only the Dependabot rules
 * (and the YAML-level ones: syntax, duplicate keys, secrets, unused anchors) speak about it; no
 * workflow rule, schema check or editor help meant for workflows does.
 */
class DependabotFilesTest {

    private static final Set<String> ALLOWED = Set.of("gha/dependabot-execution", "gha/dependabot-cooldown");

    /** Shapes real configurations have: registries with secrets, groups, ignore lists, anchors and aliases. */
    static Stream<String> configurations() {
        return Stream.of("""
                version: 2
                registries:
                  npm-github:
                    type: npm-registry
                    url: https://npm.pkg.github.com
                    token: ${{ secrets.NPM_TOKEN }}
                  python-private:
                    type: python-index
                    url: https://pypi.example.com/simple
                    username: octocat
                    password: ${{secrets.PYPI_PASSWORD}}
                updates:
                  - package-ecosystem: github-actions
                    directory: /
                    schedule:
                      interval: weekly
                      day: monday
                      time: "05:00"
                      timezone: Europe/Berlin
                    groups:
                      actions:
                        patterns: ["*"]
                    commit-message:
                      prefix: ci
                  - package-ecosystem: npm
                    directories: ["/", "/web"]
                    registries: [npm-github]
                    schedule: {interval: daily}
                    open-pull-requests-limit: 10
                    ignore:
                      - dependency-name: "@types/node"
                        update-types: ["version-update:semver-major"]
                    labels: [dependencies, javascript]
                    reviewers: [octo-org/frontend]
                    target-branch: main
                    versioning-strategy: increase
                  - package-ecosystem: pip
                    directory: /
                    registries: "*"
                    insecure-external-code-execution: allow
                    schedule:
                      interval: cron
                      cronjob: "0 3 * * 1"
                """, """
                version: 2
                x-defaults: &defaults
                  schedule:
                    interval: weekly
                  cooldown:
                    default-days: 7
                updates:
                  - package-ecosystem: gomod
                    directory: /
                    <<: *defaults
                  - package-ecosystem: docker
                    directory: /build
                    schedule: &weekly
                      interval: weekly
                  - package-ecosystem: docker-compose
                    directory: /
                    schedule: *weekly
                """, """
                # no updates yet
                version: 2
                """, """
                version: 2
                enable-beta-ecosystems: true
                multi-ecosystem-groups:
                  infra:
                    schedule:
                      interval: weekly
                updates:
                  - package-ecosystem: terraform
                    directory: /infra
                    multi-ecosystem-group: infra
                    patterns: ["*"]
                """);
    }

    @ParameterizedTest
    @MethodSource("configurations")
    void onlyDependabotRulesSpeakAboutDependabotFiles(String text) {
        Map<String, RuleSetting> everyRule = new HashMap<>();
        for (RuleMeta meta : BuiltinRules.registry().metas()) {
            if (meta.language() == Language.GITHUB_ACTIONS) {
                everyRule.put(meta.id(), RuleSetting.severity(meta.defaultSeverity()));
            }
        }
        Config config = new Config(everyRule, List.of(), null, null, Map.of());
        Analyzer analyzer = new Analyzer(BuiltinRules.registry(), failure -> {
            throw new AssertionError(failure);
        });
        AnalysisResult result = analyzer.analyze(TextDocument.of("file:///repo/.github/dependabot.yml", text),
                ".github/dependabot.yml", config, Cancellation.NONE);
        assertEquals(Optional.of(Language.GITHUB_ACTIONS), result.language());
        List<Finding> others = result.findings().stream().filter(f -> !ALLOWED.contains(f.ruleId())).toList();
        assertEquals(List.of(), others, () -> RuleTester.describe(others));
    }

    @Test
    void yamlLevelRulesStillSpeak() {
        String text = "version: 2\nregistries:\n  npm:\n    type: npm-registry\n    url: https://npm.pkg.github.com\n"
                + "    token: ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8\nupdates: []\nupdates: []\n";
        List<Finding> findings = new Analyzer(BuiltinRules.registry()).analyze(
                TextDocument.of("file:///repo/.github/dependabot.yml", text), ".github/dependabot.yml", Config.DEFAULT,
                Cancellation.NONE).findings();
        assertEquals(List.of("gha/duplicate-key", "gha/hardcoded-secret"),
                findings.stream().map(Finding::ruleId).sorted().toList(), () -> RuleTester.describe(findings));
    }

    @Test
    void theSameTextAsAWorkflowIsAWorkflow() {
        String text = configurations().findFirst().orElseThrow();
        Analyzer analyzer = new Analyzer(BuiltinRules.registry());
        List<Finding> findings = analyzer.analyze(TextDocument.of("file:///repo/.github/workflows/dependabot.yml", text),
                ".github/workflows/dependabot.yml", Config.DEFAULT, Cancellation.NONE).findings();
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("gha/missing-required-key")),
                () -> RuleTester.describe(findings));
        assertTrue(findings.stream().noneMatch(f -> ALLOWED.contains(f.ruleId())), () -> RuleTester.describe(findings));
    }

    @Test
    void detectionAndKind() {
        for (String path : List.of(".github/dependabot.yml", ".github/dependabot.yaml", "/w/repo/.github/dependabot.yml",
                "C:\\repo\\.github\\dependabot.yml")) {
            assertEquals(Optional.of(Language.GITHUB_ACTIONS), LanguageDetector.detect(path, "yaml", "version: 2\n"), path);
            assertEquals(WorkflowFile.Kind.DEPENDABOT, WorkflowFile.kindOf(path), path);
        }
        for (String path : List.of("dependabot.yml", "docs/dependabot.yml", ".github/Dependabot.yml",
                ".github/dependabot.yml.bak")) {
            assertEquals(Optional.empty(), LanguageDetector.detect(path, "yaml", "version: 2\n"), path);
        }
        assertEquals(WorkflowFile.Kind.WORKFLOW, WorkflowFile.kindOf(".github/workflows/dependabot.yml"));
    }

    @Test
    void theModelHasNoWorkflowAndNoSchemaProblems() {
        WorkflowFile file = WorkflowFile.parse(TextDocument.of("file:///r/.github/dependabot.yml",
                configurations().findFirst().orElseThrow()), Cancellation.NONE);
        assertTrue(file.isDependabot());
        assertTrue(file.workflow().isEmpty() && file.action().isEmpty() && file.steps().isEmpty());
        assertEquals(List.of(), file.schemaProblems());
        assertEquals(List.of("github-actions", "npm", "pip"), file.dependabot().orElseThrow().ecosystems());
        assertEquals(List.of(), file.expressions().sites());
    }

    @Test
    void editorHelpMeantForWorkflowsStaysAway() {
        String text = configurations().findFirst().orElseThrow();
        TextDocument document = TextDocument.of("file:///r/.github/dependabot.yml", text);
        WorkflowFile file = WorkflowFile.parse(document, Cancellation.NONE);
        var features = new WorkflowLanguage().features();
        Position onKey = new Position(12, 6); // "package-ecosystem" of the first update
        assertEquals(Optional.empty(), features.hover(file, document, onKey));
        assertEquals(List.of(), features.complete(file, document, onKey));
        assertEquals(List.of("github-actions /", "npm /", "pip /"), features.outline(file, document).stream()
                .map(s -> s.name() + " " + s.detail()).toList());
        assertEquals(new Position(12, 23), features.outline(file, document).get(0).selectionRange().start());
    }

    @Test
    void theFactsExtractorReadsTheSameModel() {
        var facts = RepositoryFacts.DependabotConfig.EXTRACTOR.extract(".github/dependabot.yml",
                configurations().findFirst().orElseThrow()).orElseThrow();
        assertEquals(Set.of("github-actions", "npm", "pip"), facts.ecosystems());
        assertEquals(Set.of(), RepositoryFacts.DependabotConfig.EXTRACTOR.extract(".github/dependabot.yml", "- a\n")
                .orElseThrow().ecosystems());
    }
}
