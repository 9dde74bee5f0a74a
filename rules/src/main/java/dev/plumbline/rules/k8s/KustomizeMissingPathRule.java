package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.KustomizePaths;
import dev.plumbline.rules.k8s.support.Placeholders;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.Range;
import dev.plumbline.workspace.SourceWalker;
import dev.plumbline.workspace.WorkspaceIndex;
import dev.plumbline.workspace.WorkspaceView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A kustomization (or component) listing a local path that does not exist: {@code resources},
 * {@code bases}, {@code components}, {@code crds}, {@code patches[].path}, {@code patchesStrategicMerge},
 * {@code patchesJson6902[].path}, or a generator's {@code files} / {@code envs} / {@code env}.
 * {@code kustomize build} stops there. URLs and remote repositories are skipped, and so are paths
 * that leave the workspace or pass through folders the workspace scan does not walk.
 */
public final class KustomizeMissingPathRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/kustomize-missing-path", "Kustomization path does not exist",
            Severity.ERROR, Language.KUBERNETES);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        Optional<WorkspaceView> view = context.workspace();
        if (view.isEmpty()) {
            return;
        }
        WorkspaceIndex index = view.get().index();
        for (K8sResource resource : context.model().resources()) {
            if (!resource.isKustomization()) {
                continue;
            }
            for (Written path : paths(resource.root())) {
                String written = path.scalar().value().strip();
                int equals = path.keyed() ? written.indexOf('=') : -1;
                String file = written.substring(equals + 1); // generator files: [key=path]
                if (file.isEmpty() || KustomizePaths.isRemote(file) || Placeholders.isPlaceholder(file)
                        || file.startsWith("/")) {
                    continue;
                }
                String resolved = view.get().resolveFromSelf(file);
                if (resolved.startsWith("..") || unwalked(resolved) || index.exists(resolved) || index.isDirectory(resolved)) {
                    continue;
                }
                Range range = path.scalar().range();
                boolean plain = path.scalar().sourceText().equals(path.scalar().value());
                if (equals >= 0 && plain && range.start().line() == range.end().line()) {
                    range = Range.of(range.start().line(), range.start().character() + equals + 1, range.end().line(),
                            range.end().character());
                }
                context.report(range, "\"" + file + "\" does not exist (looked for " + resolved
                        + "), so kustomize build fails");
            }
        }
    }

    /** A path as written; {@code keyed} for generator {@code files}, which may be {@code key=path}. */
    private record Written(YamlScalar scalar, boolean keyed) {
    }

    /** Paths through folders the scan skips (vendor, hidden folders, ...) are unknown, not missing. */
    private static boolean unwalked(String resolved) {
        String[] parts = resolved.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (SourceWalker.isSkippedFolder(parts[i])) {
                return true;
            }
        }
        return false;
    }

    private static List<Written> paths(YamlMapping root) {
        List<YamlScalar> plain = new ArrayList<>();
        List<YamlScalar> keyed = new ArrayList<>();
        for (String key : List.of("resources", "bases", "components", "crds", "patchesStrategicMerge")) {
            scalars(KubeYaml.get(root, key), plain);
        }
        for (String key : List.of("patches", "patchesJson6902")) {
            for (YamlMapping item : mappings(KubeYaml.get(root, key))) {
                KubeYaml.get(item, "path").flatMap(YamlNode::asScalar).ifPresent(plain::add);
            }
        }
        for (String key : List.of("configMapGenerator", "secretGenerator")) {
            for (YamlMapping item : mappings(KubeYaml.get(root, key))) {
                scalars(KubeYaml.get(item, "files"), keyed);
                scalars(KubeYaml.get(item, "envs"), plain);
                KubeYaml.get(item, "env").flatMap(YamlNode::asScalar).ifPresent(plain::add);
            }
        }
        List<Written> out = new ArrayList<>();
        plain.forEach(s -> out.add(new Written(s, false)));
        keyed.forEach(s -> out.add(new Written(s, true)));
        out.removeIf(w -> w.scalar().isNull() || w.scalar().value().isBlank() || w.scalar().value().contains("\n"));
        return out;
    }

    private static void scalars(Optional<YamlNode> node, List<YamlScalar> out) {
        node.flatMap(YamlNode::asSequence).ifPresent(seq -> seq.items().forEach(i -> i.asScalar().ifPresent(out::add)));
    }

    private static List<YamlMapping> mappings(Optional<YamlNode> node) {
        List<YamlMapping> out = new ArrayList<>();
        node.flatMap(YamlNode::asSequence).ifPresent(seq -> seq.items().forEach(i -> i.asMapping().ifPresent(out::add)));
        return out;
    }
}
