package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.KustomizePaths;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A remote kustomization {@code resources}/{@code components} entry that follows a moving target: a
 * repository without {@code ?ref=}, a {@code ref} naming a well-known branch ({@code main},
 * {@code master}, {@code HEAD}, ...), or a file URL whose path runs through such a branch. Every
 * build may then render something different.
 */
public final class KustomizeUnpinnedRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/kustomize-unpinned", "Remote kustomize target not pinned",
            Severity.WARNING, Language.KUBERNETES);

    private static final Set<String> BRANCHES = Set.of("main", "master", "head", "develop", "dev", "trunk", "latest",
            "stable", "release", "next");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (K8sResource resource : context.model().resources()) {
            if (!resource.isKustomization()) {
                continue;
            }
            for (String key : List.of("resources", "bases", "components")) {
                KubeYaml.get(resource.root(), key).flatMap(YamlNode::asSequence).ifPresent(seq -> seq.items()
                        .forEach(item -> item.asScalar().ifPresent(s -> check(context, s))));
            }
        }
    }

    private static void check(RuleContext<KubernetesFile> context, YamlScalar entry) {
        String written = entry.value().strip();
        if (!KustomizePaths.isRemote(written)) {
            return;
        }
        String ref = KustomizePaths.ref(written);
        if (!ref.isEmpty()) {
            if (BRANCHES.contains(ref.toLowerCase(Locale.ROOT))) {
                context.report(entry.range(), "Remote target \"" + written + "\" follows the branch \"" + ref
                        + "\"; pin ?ref= to a tag or commit");
            }
            return;
        }
        String path = written.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*::", "").replaceFirst("^[a-zA-Z]+://", "");
        boolean file = path.matches("(?i).*\\.(ya?ml|json)$");
        if (file) {
            for (String segment : path.split("/")) {
                if (BRANCHES.contains(segment.toLowerCase(Locale.ROOT))) {
                    context.report(entry.range(), "Remote file \"" + written + "\" is read from the branch \"" + segment
                            + "\"; use a tag or commit in its URL");
                    return;
                }
            }
            return; // a release asset or a tagged path
        }
        context.report(entry.range(), "Remote target \"" + written + "\" has no ?ref=, so every build takes the"
                + " default branch; pin it to a tag or commit");
    }
}
