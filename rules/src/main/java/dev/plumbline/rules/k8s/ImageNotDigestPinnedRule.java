package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.ImageValue;
import dev.plumbline.syntax.image.ImageReference;
import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.KubernetesFile;
import java.util.Optional;

/**
 * A container image (any list) pinned by a tag other than {@code latest} but not by a digest (off by
 * default). Untagged and {@code latest} images are other rules'.
 */
public final class ImageNotDigestPinnedRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/image-not-digest-pinned", "Container image is not pinned by digest",
            Severity.INFORMATION, Language.KUBERNETES).offByDefault();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (Container container : context.model().containers()) {
            Optional<ImageValue> image = container.get("image").flatMap(ImageValue::of);
            if (image.isEmpty()) {
                continue;
            }
            ImageReference reference = image.get().reference();
            if (reference.hasDigest() || reference.isUntagged() || reference.isLatest()) {
                continue;
            }
            context.report(image.get().partRange(ImageReference.Part.TAG).orElse(image.get().range()),
                    image.get().describe() + " of " + container.describe() + " is pinned by tag only; the tag can be"
                            + " moved to other content, a digest (@sha256:...) cannot");
        }
    }
}
