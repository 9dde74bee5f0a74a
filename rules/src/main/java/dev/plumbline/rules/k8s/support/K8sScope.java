package dev.plumbline.rules.k8s.support;

import dev.plumbline.engine.RuleContext;
import dev.plumbline.rules.k8s.support.ManifestFacts.Kind;
import dev.plumbline.rules.k8s.support.ManifestFacts.ObjectFact;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.workspace.WorkspaceView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The objects a manifest's references may point at: its scope. A file listed (directly or through
 * other kustomizations) by kustomizations shares the scope of every build that includes it: the union
 * of what those builds bring in (a base's ConfigMap may come from each overlay's generator). Patch
 * files share the scope of the kustomization that applies them. Any other file's scope is its folder
 * and everything below it. The file itself is read from the analysed model, never from the index.
 *
 * <p>Rules built on a scope are closed-world: a reference is judged only when the scope defines at
 * least one object of the kind referred to, so a partial checkout stays quiet. Namespaces are
 * compared leniently: an object without {@code metadata.namespace} matches any namespace (kustomize
 * or {@code kubectl -n} sets it at apply time).
 */
public final class K8sScope {

    /** An object and the workspace-relative path of its file. */
    public record Placed(String path, ObjectFact object) {
    }

    private static final Map<KubernetesFile, K8sScope> BY_FILE = Collections.synchronizedMap(new WeakHashMap<>());

    private final ScopeIndex index;
    private final String selfPath;
    private final boolean kustomized;
    private final List<Placed> objects;
    private final Set<String> generatedConfigMaps = new HashSet<>();
    private final Set<String> generatedSecrets = new HashSet<>();
    private final Map<Kind, List<Placed>> byKind = new HashMap<>();
    private final Map<Kind, Map<String, List<Placed>>> byName = new HashMap<>();
    private final boolean secretsMadeAtRunTime;
    private final Set<String> producedSecrets = new HashSet<>();

    private K8sScope(ScopeIndex index, String selfPath, ManifestFacts self) {
        this.index = index;
        this.selfPath = selfPath;
        ScopeIndex.Members members = index.membersOf(selfPath);
        this.kustomized = members.kustomized();
        List<Placed> all = new ArrayList<>();
        self.objects().forEach(o -> all.add(new Placed(selfPath, o)));
        self.kustomization().ifPresent(this::addGenerated);
        for (String file : members.files()) {
            ManifestFacts facts = index.facts().get(file);
            if (facts != null) {
                facts.objects().forEach(o -> all.add(new Placed(file, o)));
                facts.kustomization().ifPresent(this::addGenerated);
            }
        }
        this.objects = List.copyOf(all);
        boolean roleCreatesSecrets = false;
        for (Placed placed : objects) {
            byKind.computeIfAbsent(placed.object().kind(), k -> new ArrayList<>()).add(placed);
            byName.computeIfAbsent(placed.object().kind(), k -> new HashMap<>())
                    .computeIfAbsent(placed.object().name(), n -> new ArrayList<>()).add(placed);
            placed.object().producesSecret().ifPresent(producedSecrets::add);
            roleCreatesSecrets |= placed.object().grantsSecretCreation();
        }
        producedSecrets.addAll(generatedSecrets);
        secretsMadeAtRunTime = roleCreatesSecrets;
    }

    private void addGenerated(ManifestFacts.KustomizationFact k) {
        generatedConfigMaps.addAll(k.configMaps());
        generatedSecrets.addAll(k.secrets());
    }

    /** The scope of the analysed file; empty when it is checked outside a workspace or the index is not ready. */
    public static Optional<K8sScope> of(RuleContext<KubernetesFile> context) {
        return context.workspace().map(view -> of(view, context.model()));
    }

    /**
     * The scope of {@code model}, the file at {@code view}'s {@code selfPath}, over the index as it is
     * now (for editor help, which may look before the first scan is done: it only finds what is there).
     */
    public static K8sScope of(WorkspaceView view, KubernetesFile model) {
        ScopeIndex index = ScopeIndex.of(view.index());
        String self = view.selfPath();
        synchronized (BY_FILE) {
            K8sScope known = BY_FILE.get(model);
            if (known != null && known.index == index && known.selfPath.equals(self)) {
                return known;
            }
        }
        K8sScope scope = new K8sScope(index, self, ManifestFacts.of(model));
        BY_FILE.put(model, scope);
        return scope;
    }

    public String selfPath() {
        return selfPath;
    }

    /** True when some kustomization brings the file in (or applies it as a patch, or it is one). */
    public boolean isKustomized() {
        return kustomized;
    }

    /** Every object in scope, the file's own first. */
    public List<Placed> objects() {
        return objects;
    }

    /** The objects of one kind. */
    public List<Placed> ofKind(Kind kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /** The objects of one kind with this name (a lookup, not a scan). */
    public List<Placed> named(Kind kind, String name) {
        return byName.getOrDefault(kind, Map.of()).getOrDefault(name, List.of());
    }

    /** The Secrets generators and other kinds (Certificates, SealedSecrets, ExternalSecrets) make. */
    public Set<String> producedSecrets() {
        return producedSecrets;
    }

    /** True when some Role or ClusterRole in scope lets a controller create Secrets at run time. */
    public boolean secretsMadeAtRunTime() {
        return secretsMadeAtRunTime;
    }

    /** The objects with this kind name (any API group) and name. */
    public List<Placed> named(String kind, String name) {
        List<Placed> out = new ArrayList<>();
        for (Placed placed : objects) {
            if (placed.object().kind().kind().equals(kind) && placed.object().name().equals(name)) {
                out.add(placed);
            }
        }
        return out;
    }

    /** Workloads with a pod template (kustomize patches of them included: their labels are the base's). */
    public List<Placed> podTemplates() {
        return objects.stream().filter(p -> p.object().pod().isPresent()).toList();
    }

    public Set<String> generatedConfigMaps() {
        return generatedConfigMaps;
    }

    public Set<String> generatedSecrets() {
        return generatedSecrets;
    }

    /** True when {@code path} is a file some kustomization applies as a patch. */
    public boolean isPatchFile(String path) {
        return index.isPatchFile(path);
    }

    /** Namespaces match when equal, or when either is unset (it is decided at apply time). */
    public static boolean sameNamespace(String a, String b) {
        return a.isEmpty() || b.isEmpty() || a.equals(b);
    }
}
