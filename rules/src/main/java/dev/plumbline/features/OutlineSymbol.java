package dev.plumbline.features;

import dev.plumbline.text.Range;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a document's outline (a stage, a resource, a job), with its children.
 *
 * @param range the whole thing
 * @param selectionRange the part naming it (e.g. the stage name, the job key)
 */
public record OutlineSymbol(String name, Kind kind, String detail, Range range, Range selectionRange,
        List<OutlineSymbol> children) {

    /** Mirrors the LSP symbol kinds Plumbline uses. */
    public enum Kind { MODULE, CLASS, OBJECT, FUNCTION, FIELD, VARIABLE, PROPERTY, EVENT, KEY, ARRAY }

    public OutlineSymbol {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(selectionRange, "selectionRange");
        children = List.copyOf(children);
    }
}
