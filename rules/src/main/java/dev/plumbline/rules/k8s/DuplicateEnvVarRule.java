package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.RemoveEdits;
import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.EnvVar;
import dev.plumbline.syntax.k8s.KubernetesFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The same name twice in one container's {@code env}: the last entry wins and the earlier ones are
 * dead text that misleads readers. Each overridden entry is reported on its name; the fix deletes it.
 */
public final class DuplicateEnvVarRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/duplicate-env-var", "Environment variable is set twice",
            Severity.WARNING, Language.KUBERNETES,
            PeerId.of(PeerId.KUBE_LINTER, "duplicate-env-var"),
            PeerId.of(PeerId.KUBE_SCORE, "environment-variable-key-duplication"));

    static final String FIX_TITLE = "Delete the overridden entry";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (Container container : context.model().containers()) {
            List<EnvVar> env = EnvVar.of(container);
            Map<String, EnvVar> last = new HashMap<>();
            for (EnvVar var : env) {
                var.name().ifPresent(name -> last.put(name, var));
            }
            for (EnvVar var : env) {
                Optional<String> name = var.name();
                if (name.isEmpty() || last.get(name.get()) == var) {
                    continue;
                }
                RuleContext<KubernetesFile>.Report report = context.report(var.nameRange(), "Env var \"" + name.get()
                        + "\" of " + container.describe() + " is set again further down, which wins; this entry"
                        + " has no effect")
                        .related(last.get(name.get()).nameRange(), "the entry that wins");
                if (container.writtenInside(var.sequence())) {
                    RemoveEdits.removeItem(var.sequence(), var.index(), context.document())
                            .ifPresent(edit -> report.fix(FIX_TITLE, edit));
                }
            }
        }
    }
}
