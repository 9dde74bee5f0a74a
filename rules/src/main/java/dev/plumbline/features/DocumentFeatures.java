package dev.plumbline.features;

import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import dev.plumbline.workspace.WorkspaceView;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A language's {@link EditorFeatures} bound to one analysed snapshot, so callers need not know the
 * model's type. A feature that throws answers nothing instead: editor help never breaks the editor.
 */
public final class DocumentFeatures {

    private static final DocumentFeatures NONE = new DocumentFeatures(null, null, EditorFeatures.none(), m -> { });

    private final Object model;
    private final TextDocument document;
    private final EditorFeatures<Object> features;
    private final Consumer<String> log;
    /** The workspace hover, completion and definition may look into; empty for the file alone. */
    private final Optional<WorkspaceView> workspace;

    @SuppressWarnings("unchecked")
    private <T> DocumentFeatures(T model, TextDocument document, EditorFeatures<T> features, Consumer<String> log) {
        this(model, document, (EditorFeatures<Object>) features, log, Optional.empty());
    }

    private DocumentFeatures(Object model, TextDocument document, EditorFeatures<Object> features,
            Consumer<String> log, Optional<WorkspaceView> workspace) {
        this.model = model;
        this.document = document;
        this.features = features;
        this.log = log;
        this.workspace = workspace;
    }

    /** @param log receives one line when a feature fails */
    public static <T> DocumentFeatures of(T model, TextDocument document, EditorFeatures<T> features,
            Consumer<String> log) {
        return new DocumentFeatures(model, document, features, log);
    }

    public static DocumentFeatures none() {
        return NONE;
    }

    /**
     * The same features, answering hover, completion and definition with the help of {@code workspace}
     * (the workspace the document belongs to, as it is when the request comes; empty for none). The
     * analysis does not change: only help that crosses files looks at it.
     */
    public DocumentFeatures withWorkspace(Optional<WorkspaceView> workspace) {
        return model == null || workspace.equals(this.workspace) ? this
                : new DocumentFeatures(model, document, features, log, workspace);
    }

    public Optional<HoverText> hover(Position position) {
        return guarded(() -> features.hover(model, document, position, workspace), Optional.empty());
    }

    public List<CompletionCandidate> complete(Position position) {
        return guarded(() -> features.complete(model, document, position, workspace), List.of());
    }

    public List<OutlineSymbol> outline() {
        return guarded(() -> features.outline(model, document), List.of());
    }

    public List<TargetLocation> definition(Position position) {
        return guarded(() -> features.definition(model, document, position, workspace), List.of());
    }

    public List<TargetLocation> references(Position position, boolean includeDeclaration) {
        return guarded(() -> features.references(model, document, position, includeDeclaration), List.of());
    }

    public List<Range> highlights(Position position) {
        return guarded(() -> features.highlights(model, document, position), List.of());
    }

    private <R> R guarded(Supplier<R> call, R none) {
        if (model == null) {
            return none;
        }
        try {
            R result = call.get();
            return result == null ? none : result;
        } catch (java.util.concurrent.CancellationException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            log.accept("editor feature failed on " + document.uri() + ": " + e);
            return none;
        }
    }
}
