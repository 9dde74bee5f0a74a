package dev.plumbline.syntax.k8s;

import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.syntax.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One item of a Role's or ClusterRole's {@code rules} (group {@code rbac.authorization.k8s.io}): its
 * {@code apiGroups}, {@code resources}, {@code verbs} and {@code resourceNames} as the scalars
 * written in each list. A list written as a single scalar counts as that one item.
 *
 * @param role the Role or ClusterRole
 * @param mapping the rule's mapping
 */
public record PolicyRule(K8sResource role, YamlMapping mapping) {

    public static final String RBAC_GROUP = "rbac.authorization.k8s.io";

    /** True for a Role or ClusterRole of the RBAC group. */
    public static boolean isRole(K8sResource resource) {
        return resource.group().equals(RBAC_GROUP)
                && (resource.kind().equals("Role") || resource.kind().equals("ClusterRole"));
    }

    /** True for a RoleBinding or ClusterRoleBinding of the RBAC group. */
    public static boolean isBinding(K8sResource resource) {
        return resource.group().equals(RBAC_GROUP)
                && (resource.kind().equals("RoleBinding") || resource.kind().equals("ClusterRoleBinding"));
    }

    /** The rules of a Role or ClusterRole; none for other resources. */
    public static List<PolicyRule> of(K8sResource resource) {
        if (!isRole(resource)) {
            return List.of();
        }
        List<PolicyRule> out = new ArrayList<>();
        KubeYaml.get(resource.root(), "rules").flatMap(YamlNode::asSequence).ifPresent(rules -> {
            for (YamlNode item : rules.items()) {
                item.asMapping().ifPresent(m -> out.add(new PolicyRule(resource, m)));
            }
        });
        return out;
    }

    public List<YamlScalar> apiGroups() {
        return scalars("apiGroups");
    }

    public List<YamlScalar> resources() {
        return scalars("resources");
    }

    public List<YamlScalar> verbs() {
        return scalars("verbs");
    }

    public List<YamlScalar> resourceNames() {
        return scalars("resourceNames");
    }

    /** True when {@code key}'s list has an item whose value is {@code value}. */
    public boolean has(String key, String value) {
        return scalars(key).stream().anyMatch(s -> s.value().equals(value));
    }

    /** The scalar items of the list under {@code key} (through aliases); a lone scalar counts as one item. */
    public List<YamlScalar> scalars(String key) {
        Optional<YamlNode> node = KubeYaml.get(mapping, key).filter(n -> !n.isNull());
        if (node.isEmpty()) {
            return List.of();
        }
        Optional<YamlSequence> sequence = node.get().asSequence();
        if (sequence.isEmpty()) {
            return node.get().asScalar().map(List::of).orElse(List.of());
        }
        List<YamlScalar> out = new ArrayList<>();
        for (YamlNode item : sequence.get().items()) {
            item.asScalar().filter(s -> !s.isNull()).ifPresent(out::add);
        }
        return out;
    }
}
