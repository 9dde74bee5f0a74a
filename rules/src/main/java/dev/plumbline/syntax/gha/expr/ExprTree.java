package dev.plumbline.syntax.gha.expr;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/** The parent of every node of one expression, for checks that look at how a value is used. */
public final class ExprTree {

    private final Map<ExprNode, ExprNode> parents = new IdentityHashMap<>();

    private ExprTree(ExprNode root) {
        root.walk(node -> node.children().forEach(child -> parents.put(child, node)));
    }

    public static ExprTree of(ExprNode root) {
        return new ExprTree(root);
    }

    /** The node {@code node} is a direct child of; empty for the root. */
    public Optional<ExprNode> parent(ExprNode node) {
        return Optional.ofNullable(parents.get(node));
    }
}
