package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.UsesRef;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import java.util.Optional;

/**
 * A reusable-workflow call with {@code secrets: inherit}: the called workflow receives every secret
 * of the repository, organization and environment, not just the ones it declares. No fix yet:
 * listing the callee's secrets needs the callee's file (the workspace index).
 */
public final class SecretsInheritRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/secrets-inherit", "Reusable workflow gets every secret",
            Severity.WARNING, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ZIZMOR, "secrets-inherit"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        for (Job job : context.model().jobs()) {
            Optional<YamlScalar> secrets = job.secrets().flatMap(YamlNode::asScalar);
            if (secrets.isPresent() && secrets.get().value().trim().equals("inherit")) {
                String callee = job.uses().map(UsesRef::name).orElse("the reusable workflow");
                context.report(secrets.get().range(), "Job \"" + job.id() + "\" passes every secret it can see to \""
                        + callee + "\"; pass only the secrets that workflow declares (secrets: {NAME: ${{ secrets.NAME }}})");
            }
        }
    }
}
