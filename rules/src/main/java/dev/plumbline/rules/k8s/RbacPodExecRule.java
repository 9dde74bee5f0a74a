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
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Role or ClusterRole that lets its subjects run commands in or attach to pods ({@code pods/exec},
 * {@code pods/attach} with {@code create}, {@code get} (websocket clients before 1.31) or {@code *}),
 * and a binding of this file to such a role. Exec into a pod is the pod's service account token and
 * secrets, and often a way onto the node. Roles the cluster maintains are exempt.
 */
public final class RbacPodExecRule implements Rule<KubernetesFile> {

    private static final PeerId ROLE = PeerId.of(PeerId.POLARIS, "rolePodExecAttach");
    private static final PeerId CLUSTER_ROLE = PeerId.of(PeerId.POLARIS, "clusterrolePodExecAttach");
    private static final PeerId CLUSTER_ROLE_BINDING = PeerId.of(PeerId.POLARIS, "clusterrolebindingPodExecAttach");
    private static final PeerId ROLE_BINDING_CLUSTER_ROLE = PeerId.of(PeerId.POLARIS,
            "rolebindingClusterRolePodExecAttach");
    private static final PeerId ROLE_BINDING_ROLE = PeerId.of(PeerId.POLARIS, "rolebindingRolePodExecAttach");

    static final RuleMeta META = RuleMeta.of("k8s/rbac-pod-exec", "Role allows exec or attach into pods",
            Severity.WARNING, Language.KUBERNETES, CLUSTER_ROLE, ROLE, CLUSTER_ROLE_BINDING, ROLE_BINDING_CLUSTER_ROLE,
            ROLE_BINDING_ROLE);

    private static final Set<String> SUBRESOURCES = Set.of("pods/exec", "pods/attach");
    private static final List<String> VERBS = List.of("create", "get", "*");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (K8sResource resource : context.model().resources()) {
            if (PolicyRule.isRole(resource) && !Rbac.isDefaultRole(resource)) {
                for (YamlScalar grant : execGrants(resource)) {
                    context.report(grant.range(), resource.describe() + " allows " + grant.value() + ", so its subjects"
                            + " can run commands in any pod it covers, with that pod's service account and secrets")
                            .peers(resource.kind().equals("Role") ? ROLE : CLUSTER_ROLE);
                }
            } else if (PolicyRule.isBinding(resource)) {
                checkBinding(context, resource);
            }
        }
    }

    private void checkBinding(RuleContext<KubernetesFile> context, K8sResource binding) {
        Optional<K8sResource> role = Rbac.referencedRole(context.model(), binding);
        if (role.isEmpty() || Rbac.isDefaultRole(role.get()) || execGrants(role.get()).isEmpty()) {
            return;
        }
        PeerId peer = binding.kind().equals("ClusterRoleBinding") ? CLUSTER_ROLE_BINDING
                : role.get().kind().equals("Role") ? ROLE_BINDING_ROLE : ROLE_BINDING_CLUSTER_ROLE;
        context.report(Rbac.roleRef(binding).orElseThrow().nameEntry().value().range(), binding.kind() + " binds "
                + role.get().describe() + ", which allows exec or attach into pods").peers(peer);
    }

    /** The {@code pods/exec} and {@code pods/attach} items of rules that grant them. */
    private static List<YamlScalar> execGrants(K8sResource role) {
        return PolicyRule.of(role).stream()
                .filter(Rbac::coreGroup)
                .filter(rule -> VERBS.stream().anyMatch(verb -> rule.has("verbs", verb)))
                .flatMap(rule -> rule.resources().stream())
                .filter(resource -> SUBRESOURCES.contains(resource.value()))
                .toList();
    }
}
