package dev.plumbline.syntax.gha.schema;

import java.util.List;

/**
 * A scope of the {@code GITHUB_TOKEN} ({@code contents}, {@code id-token} …) and the levels it takes.
 *
 * @param name the scope as written under {@code permissions:}
 * @param levels the allowed levels ({@code read}, {@code write}, {@code none}; some scopes lack one)
 * @param doc what the scope grants (ours, for hover)
 */
public record PermissionScope(String name, List<String> levels, String doc) {

    public PermissionScope {
        levels = List.copyOf(levels);
    }
}
