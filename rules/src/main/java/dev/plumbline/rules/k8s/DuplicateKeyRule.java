package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlProblem;

/**
 * The same key twice in one mapping: loaders keep the last one silently and strict API validation
 * rejects the object. Merge keys ({@code <<}) are not duplicates, neither repeated nor overriding.
 */
public final class DuplicateKeyRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/duplicate-key", "Key is defined twice in one mapping",
            Severity.ERROR, Language.KUBERNETES);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (YamlProblem problem : context.model().yaml().problems()) {
            if (problem.kind() == YamlProblem.Kind.DUPLICATE_KEY
                    && !context.document().textOf(problem.range()).equals("<<")) {
                context.report(problem.range(), problem.message());
            }
        }
    }
}
