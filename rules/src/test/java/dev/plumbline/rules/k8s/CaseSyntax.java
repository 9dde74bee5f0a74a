package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlProblem;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.text.TextDocument;
import java.util.List;

/**
 * Guards rule cases against a silent mistake: a case whose YAML does not parse passes trivially,
 * whatever the rule does. Cases that mean to test broken YAML say so in their name ("broken").
 */
final class CaseSyntax {

    private CaseSyntax() {
    }

    static void assertParses(RuleCase c) {
        if (c.name().contains("broken")) {
            return;
        }
        String text = c.markedSource().replace("«", "").replace("»", "");
        List<YamlProblem> syntax = KubernetesFile.parse(TextDocument.of("file:///case.yaml", text), Cancellation.NONE)
                .yaml().problems().stream().filter(p -> p.kind() == YamlProblem.Kind.SYNTAX).toList();
        assertEquals(List.of(), syntax, "case '" + c.name() + "' does not parse");
    }
}
