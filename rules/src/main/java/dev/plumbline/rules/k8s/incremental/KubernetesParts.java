package dev.plumbline.rules.k8s.incremental;

import dev.plumbline.engine.ModelParts;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.schema.K8sSchema;
import dev.plumbline.syntax.yaml.YamlDocument;
import dev.plumbline.syntax.yaml.YamlFile;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Kubernetes file's parts are its YAML documents. Most rules judge one resource at a time and are
 * listed in {@link #LOCAL}; a few also read the file's CustomResourceDefinitions (schema rules),
 * ServiceAccounts or HorizontalPodAutoscalers, so those documents go along with every restricted
 * model and their identities are the context (editing one re-checks every document). Rules not
 * listed (those that relate resources to each other, and any new rule) run on the whole file.
 */
public final class KubernetesParts implements ModelParts<KubernetesFile> {

    /** Rules whose findings about a document depend only on that document (and the file's CRDs). */
    static final Set<String> LOCAL = Set.of(
            "k8s/capabilities-not-dropped", "k8s/dangerous-capabilities", "k8s/deprecated-service-account-field",
            "k8s/duplicate-container-name", "k8s/duplicate-env-var", "k8s/host-ipc", "k8s/host-network",
            "k8s/host-pid", "k8s/host-path-volume", "k8s/host-port", "k8s/identical-probes",
            "k8s/image-not-digest-pinned", "k8s/image-pull-policy", "k8s/invalid-restart-policy", "k8s/latest-tag",
            "k8s/missing-requests", "k8s/missing-cpu-limit", "k8s/missing-memory-limit",
            "k8s/missing-liveness-probe", "k8s/missing-readiness-probe", "k8s/privilege-escalation",
            "k8s/privileged-container", "k8s/probe-port-not-exposed", "k8s/read-only-root-fs",
            "k8s/requests-exceed-limits", "k8s/run-as-non-root", "k8s/run-as-root", "k8s/seccomp-profile",
            "k8s/secret-in-env", "k8s/sensitive-host-mount", "k8s/ssh-port", "k8s/unsafe-proc-mount",
            "k8s/unsafe-sysctls", "k8s/untagged-image", "k8s/volume-mount-missing-volume",
            "k8s/cronjob-missing-deadline", "k8s/default-namespace", "k8s/deprecated-annotation",
            "k8s/deprecated-api-version", "k8s/exposed-service", "k8s/invalid-name", "k8s/job-ttl",
            "k8s/pdb-blocks-eviction", "k8s/pdb-unhealthy-pod-eviction-policy", "k8s/rbac-sensitive-access",
            "k8s/rbac-wildcard", "k8s/removed-api-version", "k8s/required-metadata", "k8s/revision-history-zero",
            "k8s/secret-in-manifest", "k8s/selector-mismatch", "k8s/suspicious-quantity",
            "k8s/unknown-api-version", "k8s/hardcoded-secret", "k8s/duplicate-key", "k8s/yaml-syntax",
            "k8s/unknown-field", "k8s/wrong-type", "k8s/missing-required-field", "k8s/invalid-enum-value",
            "k8s/replicas-not-spread",
            // these read the file's ServiceAccounts and HorizontalPodAutoscalers, which are context documents
            "k8s/automount-service-account-token", "k8s/single-replica",
            // reads its own document and the workspace index (image builds, Dockerfile users), never other
            // documents of the file; the index's version is part of the cache key, so a changed workflow or
            // Dockerfile re-checks every document
            "k8s/non-root-unverifiable");

    /** Kinds every part is read with: their documents join each restricted model and make up the context. */
    private static final Set<String> CONTEXT_KINDS = Set.of("ServiceAccount", "HorizontalPodAutoscaler");

    @Override
    public List<Part> parts(KubernetesFile model) {
        List<YamlDocument> documents = model.yaml().documents();
        List<Part> out = new ArrayList<>(documents.size());
        for (YamlDocument document : documents) {
            out.add(new Part(document.identity(), document.startLine(), document.lastLine(), document));
        }
        return out;
    }

    @Override
    public KubernetesFile restrict(KubernetesFile model, List<Part> parts) {
        Map<Object, Boolean> wanted = new IdentityHashMap<>();
        parts.forEach(p -> wanted.put(p.value(), true));
        boolean custom = false;
        for (Part part : parts) {
            for (K8sResource resource : KubernetesFile.of(new YamlFile(List.of((YamlDocument) part.value()))).resources()) {
                custom |= K8sSchema.builtin().kind(resource.apiVersion(), resource.kind()).isEmpty();
            }
        }
        for (K8sResource resource : model.resources()) {
            // custom resources are read with the CRDs (only they: a CRD's schema is costly to read)
            if (CONTEXT_KINDS.contains(resource.kind()) || custom && isCrd(resource)) {
                wanted.put(resource.document(), true);
            }
        }
        List<YamlDocument> kept = new ArrayList<>();
        for (YamlDocument document : model.yaml().documents()) {
            if (wanted.containsKey(document)) {
                kept.add(document);
            }
        }
        return KubernetesFile.of(new YamlFile(kept), model.isKustomizationFile());
    }

    @Override
    public boolean isLocal(RuleMeta rule) {
        return LOCAL.contains(rule.id());
    }

    /** The identities of the documents every part is read with: CRDs, ServiceAccounts, autoscalers. */
    @Override
    public Object context(KubernetesFile model) {
        List<Object> out = new ArrayList<>();
        for (K8sResource resource : model.resources()) {
            if (isCrd(resource) || CONTEXT_KINDS.contains(resource.kind())) {
                Object identity = resource.document().identity();
                if (out.isEmpty() || out.get(out.size() - 1) != identity) {
                    out.add(identity);
                }
            }
        }
        return out;
    }

    private static boolean isCrd(K8sResource resource) {
        return resource.kind().equals("CustomResourceDefinition");
    }
}
