package dev.plumbline.features;

import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
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

    @SuppressWarnings("unchecked")
    private <T> DocumentFeatures(T model, TextDocument document, EditorFeatures<T> features, Consumer<String> log) {
        this.model = model;
        this.document = document;
        this.features = (EditorFeatures<Object>) features;
        this.log = log;
    }

    /** @param log receives one line when a feature fails */
    public static <T> DocumentFeatures of(T model, TextDocument document, EditorFeatures<T> features,
            Consumer<String> log) {
        return new DocumentFeatures(model, document, features, log);
    }

    public static DocumentFeatures none() {
        return NONE;
    }

    public Optional<HoverText> hover(Position position) {
        return guarded(() -> features.hover(model, document, position), Optional.empty());
    }

    public List<CompletionCandidate> complete(Position position) {
        return guarded(() -> features.complete(model, document, position), List.of());
    }

    public List<OutlineSymbol> outline() {
        return guarded(() -> features.outline(model, document), List.of());
    }

    public List<TargetLocation> definition(Position position) {
        return guarded(() -> features.definition(model, document, position), List.of());
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
