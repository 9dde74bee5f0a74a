package dev.plumbline.rules.k8s.support;

import dev.plumbline.engine.Fix;
import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.SecuritySetting;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The "harden the securityContext" quick fix: one edit that completes a container's own
 * securityContext with every practice it misses (runAsNonRoot true, runAsUser 1000 when no UID
 * above 0 is set, allowPrivilegeEscalation false, readOnlyRootFilesystem true, capabilities drop
 * ALL, and runAsGroup 1000 instead of an own 0), merged with what is there. Offered next to a rule's
 * own fix when it changes more than that, never on privileged containers (the API rejects
 * {@code allowPrivilegeEscalation: false} with {@code privileged: true}) or Windows pods.
 */
public final class HardenedSecurityContext {

    public static final String FIX_TITLE = "Harden the securityContext (non-root, no escalation, read-only root, drop ALL)";
    public static final String USER = "1000";

    private HardenedSecurityContext() {
    }

    /** The securityContext fields the container's own securityContext needs; empty when nothing is missing. */
    public static List<NewEntry> missing(Container container) {
        List<NewEntry> fields = new ArrayList<>();
        boolean nonRoot = container.effectiveSecurity("runAsNonRoot").map(s -> KubeYaml.isTrue(s.value())).orElse(false);
        Optional<Long> user = container.effectiveSecurity("runAsUser").flatMap(s -> KubeYaml.integerOf(s.value()));
        if (!nonRoot) {
            fields.add(NewEntry.scalar("runAsNonRoot", "true"));
        }
        if (user.map(u -> u == 0).orElse(!nonRoot)) {
            fields.add(NewEntry.scalar("runAsUser", USER));
        }
        Optional<SecuritySetting> group = container.effectiveSecurity("runAsGroup");
        if (group.isPresent() && !group.get().fromPod()
                && KubeYaml.integerOf(group.get().value()).map(g -> g == 0).orElse(false)) {
            fields.add(NewEntry.scalar("runAsGroup", USER));
        }
        if (!own(container, "allowPrivilegeEscalation").map(KubeYaml::isFalse).orElse(false)) {
            fields.add(NewEntry.scalar("allowPrivilegeEscalation", "false"));
        }
        if (!own(container, "readOnlyRootFilesystem").map(KubeYaml::isTrue).orElse(false)) {
            fields.add(NewEntry.scalar("readOnlyRootFilesystem", "true"));
        }
        if (!Capabilities.contains(container, "drop", "ALL")) {
            fields.add(NewEntry.mapping("capabilities", NewEntry.scalar("drop", "[\"ALL\"]")));
        }
        return fields;
    }

    /** The fix, when the container misses more than one practice and can be edited. */
    public static Optional<Fix> fix(Container container, TextDocument document) {
        if (container.pod().isWindows() || own(container, "privileged").map(KubeYaml::isTrue).orElse(false)) {
            return Optional.empty();
        }
        List<NewEntry> fields = missing(container);
        if (fields.size() < 2) {
            return Optional.empty();
        }
        Optional<List<TextEdit>> edits = SpecEdits.securityContext(container, fields, document);
        return edits.map(e -> new Fix(FIX_TITLE, e));
    }

    private static Optional<YamlNode> own(Container container, String field) {
        return container.securityContext().flatMap((YamlMapping sc) -> KubeYaml.get(sc, field));
    }
}
