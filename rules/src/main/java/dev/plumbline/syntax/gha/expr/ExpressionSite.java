package dev.plumbline.syntax.gha.expr;

import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One scalar GitHub evaluates: its place, its {@code ${{ }}} expressions, and for a condition written
 * without braces the whole value as one expression. Offsets of every expression and node are into
 * the scalar's value; {@link #rangeOf} maps them into the file through
 * {@link dev.plumbline.syntax.yaml.ScalarContent}, exactly in every scalar style.
 */
public final class ExpressionSite {

    /**
     * Parses of values seen before, shared across snapshots: a keystroke re-parses the file, but
     * almost every expression in it is unchanged. Parses are immutable and depend only on the value.
     */
    private static final ParseCache PARSED = new ParseCache();

    private final YamlScalar scalar;
    private final ExpressionPlace place;
    private final TemplateString template;
    private final Expression bareCondition;

    ExpressionSite(YamlScalar scalar, ExpressionPlace place) {
        this.scalar = scalar;
        this.place = place;
        String value = scalar.value();
        this.template = PARSED.template(value);
        this.bareCondition = place.condition() && !template.hasExpressions() && !value.isBlank()
                ? PARSED.condition(value) : null;
    }

    public YamlScalar scalar() {
        return scalar;
    }

    public ExpressionPlace place() {
        return place;
    }

    /** The value scanned for {@code ${{ }}}. */
    public TemplateString template() {
        return template;
    }

    /** A condition written without {@code ${{ }}}: the whole value, parsed. */
    public Optional<Expression> bareCondition() {
        return Optional.ofNullable(bareCondition);
    }

    /** Every expression of the value: the bare condition, or each {@code ${{ }}}'s. */
    public List<Expression> expressions() {
        if (bareCondition != null) {
            return List.of(bareCondition);
        }
        List<Expression> out = new ArrayList<>(template.embedded().size());
        template.embedded().forEach(e -> out.add(e.expression()));
        return out;
    }

    /**
     * The expression a condition evaluates: the bare condition or the single {@code ${{ }}} that is
     * the whole value; empty for other values (which are strings, always true when not empty).
     */
    public Optional<Expression> conditionExpression() {
        if (bareCondition != null) {
            return Optional.of(bareCondition);
        }
        return template.isSingleExpression() ? Optional.of(template.embedded().get(0).expression()) : Optional.empty();
    }

    /** True when the value is exactly one {@code ${{ }}} (or a bare condition), so it keeps the expression's type. */
    public boolean isSingleExpression() {
        return bareCondition != null || template.isSingleExpression();
    }

    /** The file range of value characters {@code [start, end)}. */
    public Range rangeOf(int start, int end) {
        return scalar.content().rangeOf(start, end);
    }

    /** The file range of a node. */
    public Range rangeOf(ExprNode node) {
        return rangeOf(node.start(), node.end());
    }

    /**
     * The value offset of the character at {@code position} in the file (the value's length just
     * after its last character), for hover and completion; empty outside the scalar or when its
     * content cannot be mapped character by character.
     */
    public Optional<Integer> valueOffsetAt(Position position) {
        if (!scalar.content().exact() || !scalar.range().contains(position) && !scalar.range().end().equals(position)) {
            return Optional.empty();
        }
        // the largest offset whose character starts at or before the position (positions grow with offsets)
        int low = 0;
        int high = scalar.value().length();
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (scalar.content().positionAt(mid).isAfter(position)) {
                high = mid - 1;
            } else {
                low = mid;
            }
        }
        return Optional.of(low);
    }

    /** The expression and its deepest node at value offset {@code offset}, for hover and completion. */
    public Optional<Expression> expressionAt(int offset) {
        if (bareCondition != null) {
            return Optional.of(bareCondition);
        }
        return template.at(offset).map(TemplateString.Embedded::expression);
    }

    @Override
    public String toString() {
        return "ExpressionSite[" + place.key() + " " + scalar.range() + "]";
    }

    /** A bounded map from value to parse; emptied when full (cheap, and a full map means a new set of files). */
    private static final class ParseCache {
        private static final int LIMIT = 16_384;
        private final java.util.concurrent.ConcurrentHashMap<String, TemplateString> templates =
                new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.ConcurrentHashMap<String, Expression> conditions =
                new java.util.concurrent.ConcurrentHashMap<>();

        TemplateString template(String value) {
            TemplateString cached = templates.get(value);
            if (cached == null) {
                cached = TemplateString.parse(value);
                if (templates.size() >= LIMIT) {
                    templates.clear();
                }
                templates.put(value, cached);
            }
            return cached;
        }

        Expression condition(String value) {
            Expression cached = conditions.get(value);
            if (cached == null) {
                cached = Expression.parse(value);
                if (conditions.size() >= LIMIT) {
                    conditions.clear();
                }
                conditions.put(value, cached);
            }
            return cached;
        }
    }
}
