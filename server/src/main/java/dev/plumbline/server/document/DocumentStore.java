package dev.plumbline.server.document;

import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open documents: URI to the latest immutable snapshot. The only mutable document state in the
 * server. Written by the JSON-RPC thread (open/change/close arrive in order), read by any thread.
 */
public final class DocumentStore {

    /** One {@code didChange} content change: {@code range == null} replaces the whole text. */
    public record ContentChange(Range range, String text) {
    }

    private final ConcurrentHashMap<String, TextDocument> documents = new ConcurrentHashMap<>();

    /** Opens (or re-opens, replacing) a document. */
    public TextDocument open(String uri, String languageId, int version, String text) {
        TextDocument document = TextDocument.of(uri, languageId, version, text);
        documents.put(uri, document);
        return document;
    }

    /** Applies changes in order (each relative to the text the previous one left); empty when not open. */
    public Optional<TextDocument> change(String uri, List<ContentChange> changes, int version) {
        return Optional.ofNullable(documents.computeIfPresent(uri, (key, current) -> apply(current, changes, version)));
    }

    private static TextDocument apply(TextDocument document, List<ContentChange> changes, int version) {
        TextDocument next = document;
        for (ContentChange change : changes) {
            next = change.range() == null
                    ? next.withText(change.text(), version)
                    : next.applyChanges(List.of(new TextEdit(change.range(), change.text())), version);
        }
        // a change list without changes still moves the version on
        return next.version() == version ? next : next.withText(next.text(), version);
    }

    /** @return true when the document was open */
    public boolean close(String uri) {
        return documents.remove(uri) != null;
    }

    public Optional<TextDocument> get(String uri) {
        return Optional.ofNullable(documents.get(uri));
    }

    /** True while {@code snapshot} is still the latest text of its document (same object, not just same version). */
    public boolean isCurrent(TextDocument snapshot) {
        return documents.get(snapshot.uri()) == snapshot;
    }

    public Set<String> uris() {
        return Set.copyOf(documents.keySet());
    }
}
