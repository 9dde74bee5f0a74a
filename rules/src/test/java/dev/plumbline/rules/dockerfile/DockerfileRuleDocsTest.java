package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.config.Config;
import dev.plumbline.docs.RuleDoc;
import dev.plumbline.docs.RuleDocs;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.shellcheck.ShellCheckRunner;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.ExampleConfig;
import dev.plumbline.text.TextDocument;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each Dockerfile rule's page exists, has the required sections, and its before/after examples behave. */
class DockerfileRuleDocsTest {

    private static final Analyzer ANALYZER = new Analyzer(BuiltinRules.registry());

    static Stream<Rule<Dockerfile>> rules() {
        return DockerfileRules.all().stream();
    }

    private static long count(Rule<Dockerfile> rule, String source) {
        String ruleId = rule.meta().id();
        return ANALYZER.analyze(TextDocument.of("file:///w/Dockerfile", source), "Dockerfile",
                ExampleConfig.forRule(rule.meta()), ExampleConfig.workspace(rule.meta(), "Dockerfile"), Cancellation.NONE)
                .findings().stream()
                .filter(f -> f.ruleId().equals(ruleId)).count();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void pageIsCompleteAndItsExamplesBehave(Rule<Dockerfile> rule) {
        String id = rule.meta().id();
        RuleDoc doc = RuleDocs.forRule(id).orElseThrow(() -> new AssertionError("no docs page for " + id));
        assertEquals(id, doc.heading());
        assertTrue(!doc.summary().isBlank(), "summary");
        for (String section : RuleDoc.REQUIRED_SECTIONS) {
            assertTrue(doc.sections().containsKey(section), () -> id + " lacks section " + section);
        }
        List<String> examples = doc.fixExamples();
        assertEquals(2, examples.size(), "a before and an after example");
        // a rule that runs an external tool can only show its finding where the tool is installed
        Assumptions.assumeTrue(!id.equals(ShellcheckRule.META.id()) || ShellCheckRunner.forConfig(Config.DEFAULT).isPresent(),
                "no shellcheck binary");
        assertTrue(count(rule, examples.get(0)) >= 1, () -> "the before example of " + id + " yields no finding");
        assertEquals(0, count(rule, examples.get(1)), () -> "the after example of " + id + " still yields a finding");
    }
}
