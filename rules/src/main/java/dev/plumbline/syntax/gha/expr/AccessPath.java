package dev.plumbline.syntax.gha.expr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The segments of a context access chain as written, e.g. {@code [github, event, issue, title]}:
 * property names and string-literal indexes by name, {@code .*}, numeric and computed indexes as
 * {@code *}. {@code computed} is true when some index was not a literal ({@code secrets[name]}).
 */
public record AccessPath(List<String> segments, boolean computed) {

    public AccessPath {
        segments = List.copyOf(segments);
    }

    static Optional<AccessPath> of(ExprNode node) {
        List<String> reversed = new ArrayList<>();
        boolean computed = false;
        ExprNode current = node;
        while (true) {
            if (current instanceof ExprNode.ContextRef ref) {
                reversed.add(ref.name());
                break;
            } else if (current instanceof ExprNode.Property property) {
                reversed.add(property.name());
                current = property.receiver();
            } else if (current instanceof ExprNode.Filter filter) {
                reversed.add("*");
                current = filter.receiver();
            } else if (current instanceof ExprNode.Index index) {
                if (index.index() instanceof ExprNode.Literal literal && literal.string().isPresent()) {
                    reversed.add(literal.string().get());
                } else {
                    computed |= !(index.index() instanceof ExprNode.Literal);
                    reversed.add("*");
                }
                current = index.receiver();
            } else {
                return Optional.empty();
            }
        }
        Collections.reverse(reversed);
        return Optional.of(new AccessPath(reversed, computed));
    }

    /** The context, lower case. */
    public String context() {
        return segments.get(0).toLowerCase(Locale.ROOT);
    }

    public int size() {
        return segments.size();
    }

    /** Segment {@code i} in lower case. */
    public String key(int i) {
        return segments.get(i).toLowerCase(Locale.ROOT);
    }

    /** The dotted form as written: {@code github.event.issue.title}. */
    @Override
    public String toString() {
        return String.join(".", segments);
    }

    /** The dotted form in lower case. */
    public String normalized() {
        return toString().toLowerCase(Locale.ROOT);
    }
}
