package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Fix;
import dev.plumbline.engine.Language;
import dev.plumbline.engine.LanguageSupport;
import dev.plumbline.engine.ModelParts;
import dev.plumbline.engine.Suppression;
import dev.plumbline.features.EditorFeatures;
import dev.plumbline.rules.dockerfile.features.DockerfileFeatures;
import dev.plumbline.rules.dockerfile.incremental.DockerfileParts;
import dev.plumbline.rules.dockerfile.support.DockerfileSuppressions;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.DockerfileParser;
import dev.plumbline.text.TextDocument;
import java.util.List;
import java.util.Optional;

/** How the engine parses Dockerfiles, reads their ignore comments and writes new ones. */
public final class DockerfileLanguage implements LanguageSupport<Dockerfile> {

    private static final DockerfileFeatures FEATURES = new DockerfileFeatures();
    private static final DockerfileParts PARTS = new DockerfileParts();

    @Override
    public Language language() {
        return Language.DOCKERFILE;
    }

    @Override
    public Dockerfile parse(TextDocument document, Cancellation cancellation) {
        return DockerfileParser.parse(document, cancellation);
    }

    @Override
    public Dockerfile reparse(Dockerfile previous, TextDocument document, Cancellation cancellation) {
        return DockerfileParser.reparse(previous, document, cancellation);
    }

    /** Stages, so part-local rules re-run only on the stages an edit touched (see {@link DockerfileParts}). */
    @Override
    public Optional<ModelParts<Dockerfile>> modelParts() {
        return Optional.of(PARTS);
    }

    @Override
    public EditorFeatures<Dockerfile> features() {
        return FEATURES;
    }

    @Override
    public List<Suppression> suppressions(Dockerfile model, TextDocument document) {
        return DockerfileSuppressions.of(model);
    }

    @Override
    public List<Finding> applyFileSettings(Dockerfile model, TextDocument document, List<Finding> findings) {
        return DockerfileSuppressions.applyCheckErrors(model, findings);
    }

    @Override
    public Optional<Fix> ignoreFix(Dockerfile model, TextDocument document, Finding finding) {
        return DockerfileSuppressions.ignoreFix(model, document, finding);
    }
}
