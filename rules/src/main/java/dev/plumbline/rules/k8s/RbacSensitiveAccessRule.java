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
import java.util.Set;

/**
 * A Role or ClusterRole that grants one of the permissions attackers look for: reading Secrets
 * (get, list, watch), creating pods or workloads (which run any image with any service account of the
 * namespace), or the escalate, bind and impersonate verbs. Off by default: operators legitimately
 * need some of these. Rules narrowed by {@code resourceNames} and roles the cluster maintains are
 * exempt.
 */
public final class RbacSensitiveAccessRule implements Rule<KubernetesFile> {

    private static final PeerId SECRETS = PeerId.of(PeerId.KUBE_LINTER, "access-to-secrets");
    private static final PeerId CREATE_PODS = PeerId.of(PeerId.KUBE_LINTER, "access-to-create-pods");

    static final RuleMeta META = RuleMeta.of("k8s/rbac-sensitive-access", "Role grants sensitive access",
            Severity.INFORMATION, Language.KUBERNETES, SECRETS, CREATE_PODS).offByDefault();

    /** Resources that run pods, with the API groups they live in. */
    private static final Map<String, Set<String>> WORKLOADS = Map.of(
            "pods", Set.of(""), "replicationcontrollers", Set.of(""),
            "deployments", Set.of("apps", "extensions"), "replicasets", Set.of("apps", "extensions"),
            "daemonsets", Set.of("apps", "extensions"), "statefulsets", Set.of("apps"),
            "jobs", Set.of("batch"), "cronjobs", Set.of("batch"));
    private static final Set<String> READ = Set.of("get", "list", "watch", "*");
    private static final Set<String> POWER_VERBS = Set.of("escalate", "bind", "impersonate");

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
                // resourceNames narrow a grant to named objects: a reviewed, deliberate permission
                if (rule.resourceNames().isEmpty()) {
                    check(context, role, rule);
                }
            }
        }
    }

    private void check(RuleContext<KubernetesFile> context, K8sResource role, PolicyRule rule) {
        boolean reads = rule.verbs().stream().anyMatch(v -> READ.contains(v.value()));
        boolean creates = Rbac.grants(rule, "verbs", "create");
        for (YamlScalar resource : rule.resources()) {
            String name = resource.value();
            if (name.equals("secrets") && reads && Rbac.coreGroup(rule)) {
                context.report(resource.range(), role.describe() + " can read Secrets, every credential of the"
                        + " namespaces it covers").peers(SECRETS);
            } else if (creates && WORKLOADS.containsKey(name)
                    && WORKLOADS.get(name).stream().anyMatch(group -> Rbac.grants(rule, "apiGroups", group))) {
                context.report(resource.range(), role.describe() + " can create " + name + ", which run any image"
                        + " with any service account of the namespace").peers(CREATE_PODS);
            }
        }
        for (YamlScalar verb : rule.verbs()) {
            if (POWER_VERBS.contains(verb.value())) {
                context.report(verb.range(), role.describe() + " grants the " + verb.value() + " verb, which lets its"
                        + " subjects gain permissions they do not have").peers();
            }
        }
    }
}
