package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Fix;
import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.ImageValue;
import dev.plumbline.rules.k8s.support.MappingEdits;
import dev.plumbline.rules.k8s.support.NewEntry;
import dev.plumbline.rules.k8s.support.SpecEdits;
import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import java.util.List;
import java.util.Optional;

/**
 * An {@code imagePullPolicy} that lets nodes keep a stale image: {@code IfNotPresent} on an image
 * whose tag moves ({@code latest} or none, without a digest). {@code Never} is how side-loaded images
 * are run, so it is left alone. With option
 * {@code k8s.pullPolicy: always}, every container whose policy is not {@code Always} (explicitly or
 * by default) is reported, as kube-score and Polaris do.
 */
public final class ImagePullPolicyRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/image-pull-policy", "Image pull policy can keep a stale image",
            Severity.INFORMATION, Language.KUBERNETES,
            PeerId.of(PeerId.KUBE_SCORE, "container-image-pull-policy"), PeerId.of(PeerId.POLARIS, "pullPolicyNotAlways"));

    /** The option and its words. */
    public static final String OPTION = "k8s.pullPolicy";
    public static final String MUTABLE = "mutable";
    public static final String ALWAYS = "always";
    static final String FIX_TITLE = "Set imagePullPolicy: Always";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        boolean strict = context.config().stringOption(OPTION).map(ALWAYS::equals).orElse(false);
        for (Container container : context.model().containers()) {
            Optional<ImageValue> image = container.get("image").flatMap(ImageValue::of);
            boolean mutable = image.map(i -> i.reference().isUntagged() || i.reference().isLatest()).orElse(false);
            Optional<YamlEntry> policy = container.entry("imagePullPolicy").filter(e -> !e.value().isNull());
            if (policy.isPresent()) {
                String value = policy.get().value().asText().orElse("");
                // Always is right; other words are the schema rules' business
                // Never on a moving tag is how side-loaded images (kind load, minikube) are run: only strict reports it
                boolean stale = value.equals("IfNotPresent") && mutable;
                if (!(value.equals("IfNotPresent") || value.equals("Never")) || !(strict || stale)) {
                    continue;
                }
                String message = container.describe() + " sets imagePullPolicy " + value + " on " + name(image)
                        + (stale ? ", whose " + (image.get().reference().isLatest() ? "tag" : "implied latest tag")
                                + " moves, so a node keeps running the image it pulled first"
                                : ", so nodes run their cached copy without checking the registry");
                RuleContext<KubernetesFile>.Report report = context.report(policy.get().value().range(), message);
                if (container.writtenInside(policy.get().value())) {
                    MappingEdits.setValue(policy.get(), "Always", context.document())
                            .ifPresent(edit -> report.fix(FIX_TITLE, edit));
                }
            } else if (strict && image.isPresent() && !mutable) {
                // without a moving tag the default is IfNotPresent
                RuleContext<KubernetesFile>.Report report = context.report(container.ownerRange(), container.describe()
                        + " does not set imagePullPolicy, so it defaults to IfNotPresent and nodes run their cached copy"
                        + " of " + name(image) + " without checking the registry");
                SpecEdits.merge(container, List.of(NewEntry.scalar("imagePullPolicy", "Always")), context.document())
                        .ifPresent(edits -> report.fix(new Fix(FIX_TITLE, edits)));
            }
        }
    }

    private static String name(Optional<ImageValue> image) {
        return image.map(i -> "image \"" + i.reference().text() + "\"").orElse("its image");
    }
}
