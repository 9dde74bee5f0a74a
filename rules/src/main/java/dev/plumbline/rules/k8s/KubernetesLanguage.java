package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Fix;
import dev.plumbline.engine.Language;
import dev.plumbline.engine.LanguageSupport;
import dev.plumbline.engine.ModelParts;
import dev.plumbline.engine.Suppression;
import dev.plumbline.features.EditorFeatures;
import dev.plumbline.rules.k8s.features.KubernetesFeatures;
import dev.plumbline.rules.k8s.incremental.KubernetesParts;
import dev.plumbline.rules.k8s.support.AnnotationSuppressions;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlIgnoreFix;
import dev.plumbline.syntax.yaml.YamlSuppressions;
import dev.plumbline.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the engine parses Kubernetes YAML, reads its suppressions (YAML comments and resource
 * annotations, see {@link AnnotationSuppressions}) and writes new ones.
 */
public final class KubernetesLanguage implements LanguageSupport<KubernetesFile> {

    private static final EditorFeatures<KubernetesFile> FEATURES = new KubernetesFeatures();
    private static final ModelParts<KubernetesFile> PARTS = new KubernetesParts();

    @Override
    public Language language() {
        return Language.KUBERNETES;
    }

    @Override
    public KubernetesFile parse(TextDocument document, Cancellation cancellation) {
        return KubernetesFile.parse(document, cancellation);
    }

    @Override
    public Optional<ModelParts<KubernetesFile>> modelParts() {
        return Optional.of(PARTS);
    }

    @Override
    public KubernetesFile reparse(KubernetesFile previous, TextDocument document, Cancellation cancellation) {
        return KubernetesFile.reparse(previous, document, cancellation);
    }

    @Override
    public List<Suppression> suppressions(KubernetesFile model, TextDocument document) {
        List<Suppression> out = new ArrayList<>(YamlSuppressions.of(model.yaml(), document));
        out.addAll(AnnotationSuppressions.of(model));
        return out;
    }

    @Override
    public EditorFeatures<KubernetesFile> features() {
        return FEATURES;
    }

    @Override
    public Optional<Fix> ignoreFix(KubernetesFile model, TextDocument document, Finding finding) {
        return YamlIgnoreFix.of(model.yaml(), document, finding);
    }
}
