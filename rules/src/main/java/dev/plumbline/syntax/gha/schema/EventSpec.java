package dev.plumbline.syntax.gha.schema;

import java.util.List;
import java.util.Optional;

/**
 * A workflow trigger: its name, what it means, the activity types {@code types:} may list, and the
 * type of its settings (whose keys are the filters it supports).
 *
 * @param name the event name, e.g. {@code pull_request}
 * @param doc what starts it (ours, for hover)
 * @param activityTypes the allowed {@code types:}; empty when the event has none (or when they are free-form)
 * @param anyTypes true when {@code types:} is free-form ({@code repository_dispatch})
 * @param settings the type of the event's value ({@code branches}, {@code paths}, {@code inputs} …)
 */
public record EventSpec(String name, String doc, List<String> activityTypes, boolean anyTypes, SchemaType settings) {

    public EventSpec {
        activityTypes = List.copyOf(activityTypes);
    }

    /** True when {@code types:} is a key of this event. */
    public boolean hasTypes() {
        return anyTypes || !activityTypes.isEmpty();
    }

    /** The filter keys the event supports besides {@code types} ({@code branches}, {@code paths-ignore} …). */
    public List<String> filters() {
        return settings.properties().keySet().stream().filter(k -> !k.equals("types")).toList();
    }

    public Optional<String> description() {
        return Optional.ofNullable(doc);
    }
}
