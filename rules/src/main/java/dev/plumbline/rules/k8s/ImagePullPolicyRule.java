package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.ImageValue;
import dev.plumbline.rules.k8s.support.MappingEdits;
import dev.plumbline.rules.k8s.support.NewEntry;
import dev.plumbline.rules.k8s.support.Options;
import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.text.TextEdit;
import java.util.List;
import java.util.Optional;

/**
 * {@code imagePullPolicy: IfNotPresent} on an image with a mutable tag ({@code latest} or none, without
 * a digest): each node keeps whatever it pulled first, so nodes run different images under one name.
 * {@code Never} is left alone: it says the images are loaded onto the nodes by hand (kind, minikube).
 * With {@code kubernetes.pullPolicy: always} every container that does not set {@code Always} is
 * reported, as kube-score and Polaris do (this also re-checks pull secrets on every start).
 */
public final class ImagePullPolicyRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/image-pull-policy", "Pull policy keeps a stale image",
            Severity.INFORMATION, Language.KUBERNETES,
            PeerId.of(PeerId.KUBE_SCORE, "container-image-pull-policy"), PeerId.of(PeerId.POLARIS, "pullPolicyNotAlways"));

    static final String FIX_TITLE = "Set imagePullPolicy: Always";
    private static final String KEY = "imagePullPolicy";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        boolean strict = context.config().stringOption(Options.PULL_POLICY).map("always"::equals).orElse(false);
        for (Container container : context.model().containers()) {
            Optional<YamlEntry> policy = container.entry(KEY);
            Optional<String> value = policy.flatMap(e -> e.value().asText()).filter(v -> !policy.get().value().isNull());
            if (value.isPresent() && value.get().equals("Always")) {
                continue;
            }
            Optional<ImageValue> image = container.get("image").flatMap(ImageValue::of);
            boolean mutable = image.isPresent() && (image.get().reference().isLatest()
                    || image.get().reference().isUntagged());
            // Never means images are loaded onto the nodes by hand (kind, minikube): on purpose, not stale
            boolean stale = value.isPresent() && value.get().equals("IfNotPresent");
            RuleContext<KubernetesFile>.Report report;
            if (stale && mutable) {
                report = context.report(policy.get().value().range(), container.describe() + " pulls "
                        + "image \"" + image.get().reference().text() + "\""
                        + " with imagePullPolicy " + value.get() + ", so each node keeps the image it pulled first"
                        + " and nodes run different code under one tag");
            } else if (strict && policy.isPresent()) {
                report = context.report(policy.get().value().range(), container.describe() + " sets imagePullPolicy "
                        + value.orElse("to an empty value") + " rather than Always");
            } else if (strict) {
                report = context.report(container.ownerRange(), container.describe() + " does not set"
                        + " imagePullPolicy: Always");
            } else {
                continue;
            }
            fix(container, policy, context).ifPresent(edit -> report.fix(FIX_TITLE, edit));
        }
    }

    private static Optional<TextEdit> fix(Container container, Optional<YamlEntry> policy,
            RuleContext<KubernetesFile> context) {
        if (container.isAlias()) {
            return Optional.empty();
        }
        if (policy.isPresent()) {
            return container.writtenInside(policy.get().value())
                    ? MappingEdits.setValue(policy.get(), "Always", context.document()) : Optional.empty();
        }
        int step = MappingEdits.indentStep(container.mapping(), container.pod().resource().root());
        return MappingEdits.append(container.mapping(), List.of(NewEntry.scalar(KEY, "Always")), context.document(), step);
    }
}
