package dev.plumbline.syntax.k8s;

import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A label selector as written: either the structured form ({@code matchLabels} and
 * {@code matchExpressions}, used by Deployments, Jobs, PDBs, NetworkPolicies, ...) or the plain
 * {@code key: value} map of Services and ReplicationControllers. Each requirement keeps the node it
 * is written in. A selector holding something that cannot be read (a non-scalar value, an unknown
 * operator) is not {@link #isComplete() complete}, and rules should not judge it.
 */
public final class LabelSelector {

    /** One condition a pod's labels must meet. */
    public sealed interface Requirement permits Equals, Expression {

        /** The label key. */
        String key();

        /** Where the requirement is written: a {@code key: value} entry, or a {@code matchExpressions} item. */
        YamlNode node();

        boolean matches(Map<String, String> labels);
    }

    /** {@code key: value} of {@code matchLabels} or of a plain map selector. */
    public record Equals(YamlEntry entry, String key, String value) implements Requirement {

        @Override
        public YamlNode node() {
            return entry.key();
        }

        @Override
        public boolean matches(Map<String, String> labels) {
            return value.equals(labels.get(key));
        }
    }

    /** The operators of {@code matchExpressions}. */
    public enum Operator {
        IN("In"), NOT_IN("NotIn"), EXISTS("Exists"), DOES_NOT_EXIST("DoesNotExist");

        private final String written;

        Operator(String written) {
            this.written = written;
        }

        public String written() {
            return written;
        }

        static Optional<Operator> of(String text) {
            for (Operator operator : values()) {
                if (operator.written.equals(text)) {
                    return Optional.of(operator);
                }
            }
            return Optional.empty();
        }
    }

    /** One item of {@code matchExpressions}. */
    public record Expression(YamlMapping item, String key, Operator operator, List<String> values) implements Requirement {

        public Expression {
            values = List.copyOf(values);
        }

        @Override
        public YamlNode node() {
            return item;
        }

        @Override
        public boolean matches(Map<String, String> labels) {
            String value = labels.get(key);
            return switch (operator) {
                case IN -> value != null && values.contains(value);
                case NOT_IN -> value == null || !values.contains(value);
                case EXISTS -> value != null;
                case DOES_NOT_EXIST -> value == null;
            };
        }
    }

    private final YamlNode node;
    private final List<Requirement> requirements;
    private final boolean complete;

    private LabelSelector(YamlNode node, List<Requirement> requirements, boolean complete) {
        this.node = node;
        this.requirements = List.copyOf(requirements);
        this.complete = complete;
    }

    /** The structured form ({@code matchLabels}, {@code matchExpressions}); empty when {@code node} is not a mapping. */
    public static Optional<LabelSelector> of(YamlNode node) {
        Optional<YamlMapping> mapping = node.asMapping();
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        List<Requirement> requirements = new ArrayList<>();
        boolean complete = true;
        Optional<YamlNode> matchLabels = KubeYaml.get(mapping.get(), "matchLabels").filter(n -> !n.isNull());
        if (matchLabels.isPresent()) {
            complete &= readMap(matchLabels.get(), requirements);
        }
        Optional<YamlNode> expressions = KubeYaml.get(mapping.get(), "matchExpressions").filter(n -> !n.isNull());
        if (expressions.isPresent()) {
            Optional<YamlSequence> sequence = expressions.get().asSequence();
            if (sequence.isEmpty()) {
                complete = false;
            } else {
                for (YamlNode item : sequence.get().items()) {
                    Optional<Expression> expression = item.asMapping().flatMap(LabelSelector::expression);
                    if (expression.isEmpty()) {
                        complete = false;
                    } else {
                        requirements.add(expression.get());
                    }
                }
            }
        }
        return Optional.of(new LabelSelector(node, requirements, complete));
    }

    /** The plain map form ({@code selector: {app: web}}); empty when {@code node} is not a mapping. */
    public static Optional<LabelSelector> ofMap(YamlNode node) {
        if (node.asMapping().isEmpty()) {
            return Optional.empty();
        }
        List<Requirement> requirements = new ArrayList<>();
        boolean complete = readMap(node, requirements);
        return Optional.of(new LabelSelector(node, requirements, complete));
    }

    private static boolean readMap(YamlNode node, List<Requirement> out) {
        Optional<YamlMapping> mapping = node.asMapping();
        if (mapping.isEmpty()) {
            return false;
        }
        boolean complete = true;
        for (YamlEntry entry : mapping.get().withMerges().entries()) {
            Optional<String> key = entry.keyText();
            Optional<String> value = entry.value().asText();
            if (key.isEmpty() || value.isEmpty()) {
                complete = false;
            } else {
                out.add(new Equals(entry, key.get(), entry.value().isNull() ? "" : value.get()));
            }
        }
        return complete;
    }

    private static Optional<Expression> expression(YamlMapping item) {
        Optional<String> key = KubeYaml.text(item, "key");
        Optional<Operator> operator = KubeYaml.text(item, "operator").flatMap(Operator::of);
        if (key.isEmpty() || operator.isEmpty()) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        Optional<YamlNode> written = KubeYaml.get(item, "values").filter(n -> !n.isNull());
        if (written.isPresent()) {
            Optional<YamlSequence> sequence = written.get().asSequence();
            if (sequence.isEmpty()) {
                return Optional.empty();
            }
            for (YamlNode value : sequence.get().items()) {
                Optional<String> text = value.asText();
                if (text.isEmpty()) {
                    return Optional.empty();
                }
                values.add(text.get());
            }
        }
        return Optional.of(new Expression(item, key.get(), operator.get(), values));
    }

    /** The selector's node as written. */
    public YamlNode node() {
        return node;
    }

    public List<Requirement> requirements() {
        return requirements;
    }

    /** True when the selector has no requirement (it selects everything, or nothing for some kinds). */
    public boolean isEmpty() {
        return requirements.isEmpty();
    }

    /** False when some part could not be read, so a verdict would be a guess. */
    public boolean isComplete() {
        return complete;
    }

    /** The {@code matchLabels} (or plain map) requirements as a map, in document order. */
    public Map<String, String> matchLabels() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Requirement requirement : requirements) {
            if (requirement instanceof Equals equals) {
                out.put(equals.key(), equals.value());
            }
        }
        return out;
    }

    /** True when every requirement holds for {@code labels}. */
    public boolean matches(Map<String, String> labels) {
        return requirements.stream().allMatch(r -> r.matches(labels));
    }

    /** The requirements {@code labels} do not meet, in document order. */
    public List<Requirement> unmatched(Map<String, String> labels) {
        return requirements.stream().filter(r -> !r.matches(labels)).toList();
    }
}
