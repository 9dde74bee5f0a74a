package dev.plumbline.syntax.yaml;

import java.util.List;
import java.util.Optional;

/**
 * An alias {@code *name}. It knows its anchor and, when the anchor was defined earlier in the document
 * and expanding it stays within {@link YamlParser#MAX_ALIAS_EXPANSION}, its target; otherwise the
 * target is empty and the document has a problem saying why.
 */
public final class YamlAlias extends BaseNode implements YamlNode {

    private final String name;
    private final YamlNode target;

    YamlAlias(Source source, int start, int end, String name, YamlNode target, long expandedSize) {
        super(source, start, start, end, null, null, expandedSize);
        this.name = name;
        this.target = target;
    }

    /** The anchor's name, without {@code *}. */
    public String name() {
        return name;
    }

    public Optional<YamlNode> target() {
        return Optional.ofNullable(target);
    }

    @Override
    public YamlNode resolve() {
        return target == null ? this : target;
    }

    @Override
    public List<YamlNode> children() {
        return List.of();
    }

    @Override
    public String toString() {
        return "YamlAlias[" + range() + " *" + name + (target == null ? " unresolved" : "") + "]";
    }
}
