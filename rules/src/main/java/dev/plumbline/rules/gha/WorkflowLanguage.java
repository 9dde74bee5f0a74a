package dev.plumbline.rules.gha;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Fix;
import dev.plumbline.engine.Language;
import dev.plumbline.engine.LanguageSupport;
import dev.plumbline.engine.ModelParts;
import dev.plumbline.engine.Suppression;
import dev.plumbline.features.EditorFeatures;
import dev.plumbline.rules.gha.features.WorkflowFeatures;
import dev.plumbline.rules.gha.incremental.WorkflowParts;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlIgnoreFix;
import dev.plumbline.syntax.yaml.YamlSuppressions;
import dev.plumbline.text.TextDocument;
import java.util.List;
import java.util.Optional;

/** How the engine parses workflows and action metadata, reads their ignore comments and writes new ones. */
public final class WorkflowLanguage implements LanguageSupport<WorkflowFile> {

    private static final WorkflowFeatures FEATURES = new WorkflowFeatures();
    private static final WorkflowParts PARTS = new WorkflowParts();

    @Override
    public Language language() {
        return Language.GITHUB_ACTIONS;
    }

    @Override
    public WorkflowFile parse(TextDocument document, Cancellation cancellation) {
        return WorkflowFile.parse(document, cancellation);
    }

    /** Re-reads only the YAML an edit touched (one job, usually); see {@link WorkflowFile#reparse}. */
    @Override
    public WorkflowFile reparse(WorkflowFile previous, TextDocument document, Cancellation cancellation) {
        return WorkflowFile.reparse(previous, document, cancellation);
    }

    /** Jobs, so an edit in one job re-checks that job with the part-local rules: {@link WorkflowParts}. */
    @Override
    public Optional<ModelParts<WorkflowFile>> modelParts() {
        return Optional.of(PARTS);
    }

    /** {@code # plumbline ignore=…} and zizmor's {@code # zizmor: ignore[…]}. */
    @Override
    public List<Suppression> suppressions(WorkflowFile model, TextDocument document) {
        return YamlSuppressions.of(model.yaml(), document);
    }

    @Override
    public Optional<Fix> ignoreFix(WorkflowFile model, TextDocument document, Finding finding) {
        return YamlIgnoreFix.of(model.yaml(), document, finding);
    }

    /** Hover, completion, outline and navigation: {@link WorkflowFeatures}. */
    @Override
    public EditorFeatures<WorkflowFile> features() {
        return FEATURES;
    }
}
