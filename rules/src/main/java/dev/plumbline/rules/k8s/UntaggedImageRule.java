package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.ImageValue;
import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.KubernetesFile;
import java.util.Optional;

/**
 * A container image with neither tag nor digest, which pulls {@code latest}. {@code registry:5000/app}
 * is untagged (the port is no tag); values holding template placeholders are not judged.
 */
public final class UntaggedImageRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/untagged-image", "Container image has no tag",
            Severity.WARNING, Language.KUBERNETES,
            PeerId.of(PeerId.KUBE_LINTER, "latest-tag"), PeerId.of(PeerId.KUBE_SCORE, "container-image-tag"),
            PeerId.of(PeerId.POLARIS, "tagNotSpecified"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (Container container : context.model().containers()) {
            Optional<ImageValue> image = container.get("image").flatMap(ImageValue::of);
            if (image.isPresent() && image.get().reference().isUntagged()) {
                context.report(image.get().range(), image.get().describe() + " of " + container.describe()
                        + " has no tag, so it runs whatever \"latest\" is when the node pulls it; pin a version"
                        + " (and ideally a digest)");
            }
        }
    }
}
