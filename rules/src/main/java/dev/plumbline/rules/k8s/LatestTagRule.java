package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.ImageValue;
import dev.plumbline.syntax.image.ImageReference;
import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.Kustomization;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlScalar;
import java.util.Optional;

/**
 * A container image (containers, initContainers, ephemeralContainers) tagged {@code latest} without a
 * digest, or a kustomization {@code images:} override that sets {@code newTag: latest}.
 */
public final class LatestTagRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/latest-tag", "Container image uses the latest tag",
            Severity.WARNING, Language.KUBERNETES,
            PeerId.of(PeerId.KUBE_LINTER, "latest-tag"), PeerId.of(PeerId.KUBE_SCORE, "container-image-tag"));

    private static final String ADVICE = "which changes over time; pin a version (and ideally a digest)";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (Container container : context.model().containers()) {
            Optional<ImageValue> image = container.get("image").flatMap(ImageValue::of);
            if (image.isPresent() && image.get().reference().isLatest()) {
                context.report(image.get().partRange(ImageReference.Part.TAG).orElse(image.get().range()),
                        image.get().describe() + " of " + container.describe() + " uses the \"latest\" tag, " + ADVICE);
            }
        }
        for (Kustomization kustomization : context.model().kustomizations()) {
            for (Kustomization.Image override : kustomization.images()) {
                Optional<YamlScalar> newTag = override.newTag();
                if (newTag.isPresent() && newTag.get().value().equals("latest") && override.digest().isEmpty()) {
                    String name = override.name().map(YamlScalar::value).orElse("?");
                    // kube-linter and kube-score never read kustomizations: no peer id fits
                    context.report(newTag.get().range(), "Kustomize image override for \"" + name
                            + "\" sets the \"latest\" tag, " + ADVICE).peers();
                }
            }
        }
    }
}
