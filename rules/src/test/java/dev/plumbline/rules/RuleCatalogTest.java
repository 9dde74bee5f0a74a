package dev.plumbline.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.config.Config;
import dev.plumbline.docs.RuleDoc;
import dev.plumbline.docs.RuleDocs;
import dev.plumbline.docs.RuleReference;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.EngineRules;
import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Language;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.RuleRegistry;
import dev.plumbline.testing.ExampleConfig;
import dev.plumbline.shellcheck.ShellCheckRunner;
import dev.plumbline.text.TextDocument;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Registry-wide checks: ids, docs for every rule, executed doc examples, the generated reference. */
class RuleCatalogTest {

    private static final RuleRegistry REGISTRY = BuiltinRules.registry();
    private static final Set<String> ENGINE_IDS = EngineRules.all().stream().map(RuleMeta::id).collect(Collectors.toSet());

    @Test
    void idsAreWellFormedAndUnique() {
        List<String> ids = REGISTRY.metas().stream().map(RuleMeta::id).toList();
        assertEquals(ids.size(), Set.copyOf(ids).size());
        ids.forEach(id -> assertTrue(RuleMeta.ID_FORMAT.matcher(id).matches(), id));
    }

    @TestFactory
    Stream<DynamicTest> everyRuleHasACompleteDocsPage() {
        return REGISTRY.metas().stream().map(meta -> DynamicTest.dynamicTest(meta.id(), () -> {
            RuleDoc doc = RuleDocs.forRule(meta.id()).orElseThrow(
                    () -> new AssertionError("no docs page " + RuleDocs.resourcePath(meta.id())));
            assertEquals(meta.id(), doc.heading(), "the page's first heading is the rule id");
            assertFalse(doc.summary().isBlank(), "summary paragraph");
            for (String section : RuleDoc.REQUIRED_SECTIONS) {
                assertTrue(doc.sections().containsKey(section) && !doc.sections().get(section).isBlank(),
                        "section '" + section + "'");
            }
            assertEquals(2, doc.fixExamples().size(), "'How to fix' holds a Before and an After code block");
        }));
    }

    /** The docs' Before example shows the problem and the After example fixes it (actionlint's executed docs). */
    @TestFactory
    Stream<DynamicTest> docExamplesBehaveAsTheySay() {
        Analyzer analyzer = new Analyzer(REGISTRY, failure -> {
            throw new AssertionError(failure);
        });
        return REGISTRY.metas().stream()
                .filter(meta -> !ENGINE_IDS.contains(meta.id()))
                .map(meta -> DynamicTest.dynamicTest(meta.id(), () -> {
                    RuleDoc doc = RuleDocs.forRule(meta.id()).orElseThrow();
                    List<String> examples = doc.fixExamples();
                    String path = ExampleConfig.path(meta, examplePath(meta.language()));
                    // a rule that runs an external tool can only show its finding where the tool is installed
                    Assumptions.assumeTrue(!meta.id().endsWith("/shellcheck")
                            || ShellCheckRunner.forConfig(Config.DEFAULT).isPresent(), "no shellcheck binary");
                    assertTrue(countOf(analyzer, meta, path, examples.get(0)) > 0,
                            "the Before example yields a " + meta.id() + " finding");
                    assertEquals(0, countOf(analyzer, meta, path, examples.get(1)),
                            "the After example yields no " + meta.id() + " finding");
                }));
    }

    @Test
    void everyDocsPageBelongsToARule() throws IOException, URISyntaxException {
        Path root = Path.of(RuleCatalogTest.class.getClassLoader().getResource("rule-docs").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            List<String> orphans = files.filter(p -> p.toString().endsWith(".md"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/').replaceAll("\\.md$", ""))
                    .filter(id -> REGISTRY.meta(id).isEmpty())
                    .toList();
            assertEquals(List.of(), orphans, "docs pages without a rule");
        }
    }

    @Test
    void theCommittedRuleReferenceIsCurrent() throws IOException {
        Path reference = repositoryRoot().resolve("docs/rules.md");
        String expected = RuleReference.render(REGISTRY);
        if (Boolean.getBoolean("docs.update")) {
            Files.createDirectories(reference.getParent());
            Files.writeString(reference, expected, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(reference), "docs/rules.md is missing; run with -Ddocs.update=true");
        assertEquals(expected, Files.readString(reference, StandardCharsets.UTF_8),
                "docs/rules.md is stale; run ./mvnw -pl rules test -Dtest=RuleCatalogTest -Ddocs.update=true");
    }

    private static long countOf(Analyzer analyzer, RuleMeta meta, String path, String text) {
        List<Finding> findings = analyzer.analyze(TextDocument.of("file:///docs/" + path, text), path,
                ExampleConfig.forRule(meta), ExampleConfig.workspace(meta, path), Cancellation.NONE).findings();
        return findings.stream().filter(f -> f.ruleId().equals(meta.id())).count();
    }

    static String examplePath(Language language) {
        return switch (language) {
            case DOCKERFILE -> "Dockerfile";
            case KUBERNETES -> "manifest.yaml";
            case GITHUB_ACTIONS -> ".github/workflows/ci.yml";
            case PLUMBLINE_CONFIG -> ".plumbline.yaml";
        };
    }

    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("rules/pom.xml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root from " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
