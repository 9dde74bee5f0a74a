package dev.plumbline.rules.k8s.support;

import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.PolicyRule;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * RBAC facts shared by the RBAC rules: the roles the API server itself maintains (left alone, as
 * Polaris does), and which role of this file a binding's {@code roleRef} names. Roles defined in
 * other files are the workspace index's business.
 */
public final class Rbac {

    /** ClusterRoles every cluster defines; bindings to them are judged by name, their rules are not ours. */
    private static final Set<String> DEFAULT_ROLES = Set.of("admin", "edit", "view", "cluster-admin");

    private Rbac() {
    }

    /** A role the cluster maintains: {@code system:*} and the default user-facing ClusterRoles. */
    public static boolean isDefaultRole(K8sResource role) {
        String name = role.name().orElse("");
        return name.startsWith("system:") || (role.kind().equals("ClusterRole") && DEFAULT_ROLES.contains(name));
    }

    /** A binding's {@code roleRef}: the kind and name it names, and where the name is written. */
    public record RoleRef(String kind, String name, YamlEntry nameEntry) {
    }

    public static Optional<RoleRef> roleRef(K8sResource binding) {
        Optional<YamlMapping> ref = KubeYaml.mapping(binding.root(), "roleRef");
        Optional<String> kind = ref.flatMap(r -> KubeYaml.text(r, "kind"));
        Optional<YamlEntry> name = ref.flatMap(r -> KubeYaml.entry(r, "name"));
        Optional<String> nameText = name.flatMap(e -> e.value().asText()).filter(n -> !name.get().value().isNull());
        if (kind.isEmpty() || nameText.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RoleRef(kind.get(), nameText.get(), name.get()));
    }

    /** The role of this file {@code binding}'s roleRef names (a Role only in the binding's namespace). */
    public static Optional<K8sResource> referencedRole(KubernetesFile file, K8sResource binding) {
        Optional<RoleRef> ref = roleRef(binding);
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        List<K8sResource> found = file.resources().stream()
                .filter(PolicyRule::isRole)
                .filter(r -> r.kind().equals(ref.get().kind()) && r.name().filter(ref.get().name()::equals).isPresent())
                .filter(r -> r.kind().equals("ClusterRole") || r.namespace().equals(binding.namespace()))
                .toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** True when the rule's list {@code key} names {@code value} or {@code *}. */
    public static boolean grants(PolicyRule rule, String key, String value) {
        return rule.has(key, value) || rule.has(key, "*");
    }

    /** True when the rule covers the core API group ({@code ""} or {@code *}). */
    public static boolean coreGroup(PolicyRule rule) {
        return rule.has("apiGroups", "") || rule.has("apiGroups", "*");
    }
}
