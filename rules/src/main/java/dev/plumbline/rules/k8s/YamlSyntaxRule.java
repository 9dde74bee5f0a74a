package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlProblem;
import java.util.EnumSet;
import java.util.Set;

/**
 * YAML that does not parse, or whose aliases or nesting cannot be followed. Each document is parsed on
 * its own, so the later documents of the file are still checked.
 */
public final class YamlSyntaxRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/yaml-syntax", "YAML does not parse", Severity.ERROR,
            Language.KUBERNETES);

    private static final Set<YamlProblem.Kind> KINDS = EnumSet.of(YamlProblem.Kind.SYNTAX,
            YamlProblem.Kind.UNDEFINED_ALIAS, YamlProblem.Kind.RECURSIVE_ALIAS, YamlProblem.Kind.ALIAS_LIMIT,
            YamlProblem.Kind.DEPTH_LIMIT);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (YamlProblem problem : context.model().yaml().problems()) {
            if (KINDS.contains(problem.kind())) {
                context.report(problem.range(), problem.message());
            }
        }
    }
}
