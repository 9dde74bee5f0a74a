package dev.plumbline.docs;

import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.RuleRegistry;
import java.util.stream.Collectors;

/**
 * Renders the rule reference ({@code docs/rules.md}) from the registry and the rule docs, so the
 * reference never drifts from the code. A test compares the committed file with this output.
 */
public final class RuleReference {

    private RuleReference() {
    }

    public static String render(RuleRegistry registry) {
        StringBuilder out = new StringBuilder();
        out.append("# Rule reference\n\n");
        out.append("Generated from the rule catalog; do not edit by hand. Regenerate with\n");
        out.append("`./mvnw -pl rules test -Dtest=RuleCatalogTest -Ddocs.update=true`.\n\n");
        out.append("Each rule's page (why it matters, what triggers it, how to fix, how to suppress) is linked\n");
        out.append("from its id and is also what the editor shows on hover.\n\n");
        out.append("| id | default severity | on by default | title | peer ids |\n");
        out.append("|---|---|---|---|---|\n");
        for (RuleMeta meta : registry.metas()) {
            out.append("| [`").append(meta.id()).append("`](../rules/src/main/resources/")
                    .append(RuleDocs.resourcePath(meta.id())).append(") | ")
                    .append(meta.defaultSeverity().configName()).append(" | ")
                    .append(meta.enabledByDefault() ? "yes" : "no").append(" | ")
                    .append(meta.title().replace("|", "\\|")).append(" | ")
                    .append(meta.aliases().stream().map(PeerId::toString).collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
        return out.toString();
    }
}
