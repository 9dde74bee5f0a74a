package dev.plumbline.syntax.yaml;

import dev.plumbline.text.Range;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A node of a YAML document with its exact place in the file. Aliases stay {@link YamlAlias} nodes
 * (never expanded eagerly); the {@code as...} accessors look through an alias to its target, so
 * navigation such as {@code node.asMapping()} works on both.
 */
public sealed interface YamlNode permits YamlScalar, YamlMapping, YamlSequence, YamlAlias {

    /** The node's value without its anchor and tag: for a scalar the value as written (quotes and block header included). */
    Range range();

    /** The node including its properties ({@code &anchor}, {@code !tag}) when it has any. */
    Range fullRange();

    /** The anchor defined on this node, without {@code &}. */
    Optional<String> anchor();

    /** The file text of {@link #range()}, exactly as written. */
    String sourceText();

    /** The explicit tag as snakeyaml resolved its handle (e.g. {@code tag:yaml.org,2002:str}, {@code !foo}). */
    Optional<String> tag();

    /** The node's children in document order (entries give key then value); aliases have none. */
    List<YamlNode> children();

    /** This node, or an alias's target (once: YAML forbids aliases to aliases); an unresolved alias stays itself. */
    default YamlNode resolve() {
        return this;
    }

    default Optional<YamlMapping> asMapping() {
        return resolve() instanceof YamlMapping m ? Optional.of(m) : Optional.empty();
    }

    default Optional<YamlSequence> asSequence() {
        return resolve() instanceof YamlSequence s ? Optional.of(s) : Optional.empty();
    }

    default Optional<YamlScalar> asScalar() {
        return resolve() instanceof YamlScalar s ? Optional.of(s) : Optional.empty();
    }

    /** The scalar value of this node (through an alias); empty for collections. */
    default Optional<String> asText() {
        return asScalar().map(YamlScalar::value);
    }

    /** True for a scalar that resolves to null ({@code ~}, {@code null}, or nothing at all). */
    default boolean isNull() {
        return resolve() instanceof YamlScalar s && s.isNull();
    }

    /**
     * Follows a path of mapping keys ({@link String}) and sequence indexes ({@link Integer}), looking
     * through aliases; e.g. {@code root.at("spec", "template", "spec", "containers", 0)}.
     */
    default Optional<YamlNode> at(Object... path) {
        YamlNode current = this;
        for (Object step : path) {
            Optional<YamlNode> next;
            if (step instanceof String key) {
                next = current.asMapping().flatMap(m -> m.get(key));
            } else if (step instanceof Integer index) {
                next = current.asSequence().flatMap(s -> s.get(index));
            } else {
                throw new IllegalArgumentException("path steps are String keys or Integer indexes, not " + step);
            }
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
        }
        return Optional.of(current);
    }

    /**
     * Visits this node and every node below it once, in document order, without following aliases
     * (so a billion-laughs document costs only its written size). Iterative: any depth is safe.
     */
    default void walk(Consumer<YamlNode> visitor) {
        Deque<YamlNode> todo = new ArrayDeque<>();
        todo.push(this);
        while (!todo.isEmpty()) {
            YamlNode node = todo.pop();
            visitor.accept(node);
            List<YamlNode> children = node.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(children.get(i));
            }
        }
    }

    /** Every node {@link #walk} visits, as a list. */
    default List<YamlNode> descendants() {
        List<YamlNode> all = new ArrayList<>();
        walk(all::add);
        return all;
    }
}
