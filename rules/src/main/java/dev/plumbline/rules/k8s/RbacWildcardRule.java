package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.Rbac;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.PolicyRule;
import dev.plumbline.syntax.yaml.YamlScalar;
import java.util.Map;

/**
 * {@code *} in the {@code apiGroups}, {@code resources} or {@code verbs} of a Role or ClusterRole rule:
 * it grants what exists today and whatever is added later (new resources, CRDs, the escalate, bind
 * and impersonate verbs). Roles the cluster maintains ({@code system:*}, admin, edit, view,
 * cluster-admin) are exempt.
 */
public final class RbacWildcardRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/rbac-wildcard", "Role grants a wildcard", Severity.WARNING,
            Language.KUBERNETES, PeerId.of(PeerId.KUBE_LINTER, "wildcard-in-rules"));

    private static final Map<String, String> MEANING = Map.of(
            "apiGroups", "every API group, custom resources included",
            "resources", "every resource of its API groups, including ones added later",
            "verbs", "every verb, escalate, bind and impersonate included");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (K8sResource role : context.model().resources()) {
            if (!PolicyRule.isRole(role) || Rbac.isDefaultRole(role)) {
                continue;
            }
            for (PolicyRule rule : PolicyRule.of(role)) {
                for (String key : new String[] {"apiGroups", "resources", "verbs"}) {
                    for (YamlScalar scalar : rule.scalars(key)) {
                        if (scalar.value().equals("*")) {
                            context.report(scalar.range(), role.describe() + " grants \"*\" in " + key + ", which means "
                                    + MEANING.get(key) + "; list what it needs");
                        }
                    }
                }
            }
        }
    }
}
