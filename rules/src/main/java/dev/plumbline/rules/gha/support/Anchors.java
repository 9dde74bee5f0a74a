package dev.plumbline.rules.gha.support;

import dev.plumbline.syntax.yaml.YamlAlias;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The anchors and aliases of a document's tree, and the edit that removes an anchor. */
public final class Anchors {

    /** A node carrying {@code &name}, with the file offsets of that text. */
    public record Anchor(String name, YamlNode node, int start, int end) {
    }

    private final List<Anchor> anchors = new ArrayList<>();
    private final List<YamlAlias> aliases = new ArrayList<>();

    private Anchors(YamlNode root, TextDocument document) {
        String text = document.text();
        root.walk(node -> {
            if (node instanceof YamlAlias alias) {
                aliases.add(alias);
            }
            node.anchor().ifPresent(name -> {
                int from = document.offsetAt(node.fullRange().start());
                int to = document.offsetAt(node.range().start());
                int at = text.indexOf("&" + name, from);
                if (at >= 0 && at <= to) {
                    anchors.add(new Anchor(name, node, at, at + 1 + name.length()));
                }
            });
        });
    }

    public static Anchors of(YamlNode root, TextDocument document) {
        return new Anchors(root, document);
    }

    public List<Anchor> anchors() {
        return anchors;
    }

    public List<YamlAlias> aliases() {
        return aliases;
    }

    /** The aliases that refer to {@code anchor}'s node. */
    public List<YamlAlias> aliasesOf(Anchor anchor) {
        return aliases.stream().filter(a -> a.target().map(t -> t == anchor.node()).orElse(false)).toList();
    }

    /** The anchor that names {@code node}. */
    public Optional<Anchor> anchorOf(YamlNode node) {
        return anchors.stream().filter(a -> a.node() == node).findFirst();
    }

    /** Deletes {@code &name} and one space next to it, so {@code key: &a value} becomes {@code key: value}. */
    public static TextEdit removal(Anchor anchor, TextDocument document) {
        String text = document.text();
        int start = anchor.start();
        int end = anchor.end();
        boolean spaceAfter = end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t');
        boolean spaceBefore = start > 0 && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t');
        if (spaceAfter) {
            end++;
        } else if (spaceBefore) {
            start--;
        }
        return new TextEdit(document.rangeOf(start, end), "");
    }
}
