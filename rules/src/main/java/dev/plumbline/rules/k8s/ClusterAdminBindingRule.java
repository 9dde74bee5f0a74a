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
import java.util.Optional;

/**
 * A RoleBinding or ClusterRoleBinding to the ClusterRole {@code cluster-admin}, or to a role of this
 * file that grants every verb on every resource of every API group: its subjects can do anything (in the namespace, for
 * a RoleBinding). Roles in other files are checked once the workspace index exists.
 */
public final class ClusterAdminBindingRule implements Rule<KubernetesFile> {

    private static final PeerId KUBE_LINTER = PeerId.of(PeerId.KUBE_LINTER, "cluster-admin-role-binding");
    private static final PeerId POLARIS_CLUSTER = PeerId.of(PeerId.POLARIS, "clusterrolebindingClusterAdmin");
    private static final PeerId POLARIS_NS_CLUSTER_ROLE = PeerId.of(PeerId.POLARIS, "rolebindingClusterAdminClusterRole");
    private static final PeerId POLARIS_NS_ROLE = PeerId.of(PeerId.POLARIS, "rolebindingClusterAdminRole");

    static final RuleMeta META = RuleMeta.of("k8s/cluster-admin-binding", "Binding grants cluster-admin",
            Severity.WARNING, Language.KUBERNETES, KUBE_LINTER, POLARIS_CLUSTER, POLARIS_NS_CLUSTER_ROLE, POLARIS_NS_ROLE);

    private static final String ADVICE = "; bind a role with only the permissions they need";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (K8sResource binding : context.model().resources()) {
            Optional<Rbac.RoleRef> ref = PolicyRule.isBinding(binding) ? Rbac.roleRef(binding) : Optional.empty();
            if (ref.isEmpty()) {
                continue;
            }
            boolean cluster = binding.kind().equals("ClusterRoleBinding");
            String scope = cluster ? "everything in the cluster" : "everything in its namespace";
            if (ref.get().kind().equals("ClusterRole") && ref.get().name().equals("cluster-admin")) {
                context.report(ref.get().nameEntry().value().range(), binding.kind() + " grants cluster-admin to its"
                        + " subjects, so they can do " + scope + ADVICE)
                        .peers(KUBE_LINTER, cluster ? POLARIS_CLUSTER : POLARIS_NS_CLUSTER_ROLE);
                continue;
            }
            Optional<K8sResource> role = Rbac.referencedRole(context.model(), binding);
            if (role.isPresent() && grantsEverything(role.get())) {
                context.report(ref.get().nameEntry().value().range(), binding.kind() + " binds " + role.get().describe()
                        + ", which grants every verb on every resource, so its subjects can do " + scope + ADVICE)
                        .peers(cluster ? POLARIS_CLUSTER : ref.get().kind().equals("Role") ? POLARIS_NS_ROLE
                                : POLARIS_NS_CLUSTER_ROLE);
            }
        }
    }

    private static boolean grantsEverything(K8sResource role) {
        return PolicyRule.of(role).stream()
                .anyMatch(r -> r.has("verbs", "*") && r.has("resources", "*") && r.has("apiGroups", "*"));
    }
}
