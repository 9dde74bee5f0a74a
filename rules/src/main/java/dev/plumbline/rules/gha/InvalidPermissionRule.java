package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.Permissions;
import dev.plumbline.rules.gha.support.ValueEdits;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.gha.expr.Nearest;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.TextEdit;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@code permissions:} GitHub rejects: a scope that does not exist (case matters), a level the
 * scope does not take ({@code contents: admin}, {@code models: write}, {@code id-token: read}), or a
 * shorthand other than {@code read-all} and {@code write-all}. A misspelt scope gets a fix to the
 * nearest one.
 */
public final class InvalidPermissionRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/invalid-permission", "Unknown permission scope or level",
            Severity.ERROR, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ACTIONLINT, "permissions"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        context.model().workflow().ifPresent(workflow -> {
            for (Permissions.Declaration declaration : Permissions.of(workflow)) {
                if (declaration.value().isNull()) {
                    continue;
                }
                Optional<YamlScalar> shorthand = declaration.value().asScalar();
                if (shorthand.isPresent()) {
                    String value = shorthand.get().value();
                    if (!Permissions.SHORTHANDS.contains(value)) {
                        context.report(shorthand.get().range(), "\"" + value + "\" is not a permissions shorthand;"
                                + " use read-all, write-all or {} (none), or list scopes");
                    }
                    continue;
                }
                declaration.value().asMapping().ifPresent(scopes -> scopes(context, scopes));
            }
        });
    }

    private static void scopes(RuleContext<WorkflowFile> context, YamlMapping scopes) {
        for (YamlEntry entry : scopes.entries()) {
            Optional<YamlScalar> key = entry.key().asScalar();
            if (key.isEmpty()) {
                continue;
            }
            String scope = key.get().value();
            Set<String> levels = Permissions.SCOPES.get(scope);
            if (levels == null) {
                Optional<String> near = Nearest.of(scope, Permissions.SCOPES.keySet());
                RuleContext<WorkflowFile>.Report report = context.report(key.get().range(), "Unknown permission scope \""
                        + scope + "\"" + near.map(n -> "; did you mean \"" + n + "\"?").orElse("; the scopes are "
                                + String.join(", ", Permissions.SCOPES.keySet())));
                near.ifPresent(n -> ValueEdits.verbatim(key.get(), 0, scope.length(), context.document())
                        .ifPresent(range -> report.fix("Replace with \"" + n + "\"", new TextEdit(range, n))));
                continue;
            }
            Optional<YamlScalar> level = entry.value().asScalar();
            if (level.isPresent() && !levels.contains(level.get().value())) {
                context.report(level.get().isEmpty() ? key.get().range() : level.get().range(), "\""
                        + level.get().value() + "\" is not a level of scope \"" + scope + "\"; it takes "
                        + String.join(", ", new TreeSet<>(levels)));
            }
        }
    }
}
