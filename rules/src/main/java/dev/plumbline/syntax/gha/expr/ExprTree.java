package dev.plumbline.syntax.gha.expr;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/** The parent of every node of one expression, for checks that look at how a value is used. */
public final class ExprTree {

    private final ExprNode root;
    /** Built on the first question: most walks never ask for a parent. */
    private Map<ExprNode, ExprNode> parents;

    private ExprTree(ExprNode root) {
        this.root = root;
    }

    public static ExprTree of(ExprNode root) {
        return new ExprTree(root);
    }

    /** The node {@code node} is a direct child of; empty for the root. */
    public Optional<ExprNode> parent(ExprNode node) {
        Map<ExprNode, ExprNode> map = parents;
        if (map == null) {
            Map<ExprNode, ExprNode> built = new IdentityHashMap<>();
            root.walk(n -> n.children().forEach(child -> built.put(child, n)));
            map = built;
            parents = map;
        }
        return Optional.ofNullable(map.get(node));
    }
}
