package dev.plumbline.rules.k8s.support;

import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.syntax.yaml.YamlSequence;
import dev.plumbline.text.Position;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Merges wanted entries into a mapping written in place, keeping everything else as it is written
 * (built on {@link MappingEdits} and {@link SequenceEdits}): a wanted scalar replaces the value or is
 * appended; a wanted mapping fills a null value, merges into an existing mapping, or is appended; a
 * wanted flow list ({@code ["ALL"]}) adds its missing items to an existing sequence. A key inherited
 * through a merge key ({@code <<}) is overridden by an own entry when the wanted value is a scalar;
 * a nested mapping that is inherited or written as an alias is shared, so the merge gives up (empty).
 */
public final class MergeEdits {

    private MergeEdits() {
    }

    /** The edits (inserts at one place joined into one edit) that merge {@code wanted} into {@code target}. */
    public static Optional<List<TextEdit>> merge(YamlMapping target, List<NewEntry> wanted, TextDocument document,
            int step) {
        List<TextEdit> edits = new ArrayList<>();
        if (!mergeInto(target, wanted, document, step, edits)) {
            return Optional.empty();
        }
        return Optional.of(joinInserts(edits));
    }

    private static boolean mergeInto(YamlMapping target, List<NewEntry> wanted, TextDocument document, int step,
            List<TextEdit> edits) {
        List<NewEntry> appends = new ArrayList<>();
        for (NewEntry want : wanted) {
            Optional<YamlEntry> found = KubeYaml.entry(target, want.key());
            if (found.isEmpty()) {
                appends.add(want);
                continue;
            }
            YamlEntry entry = found.get();
            boolean own = target.entries().contains(entry);
            if (!own) {
                if (want.value() == null) {
                    return false;
                }
                appends.add(want);
                continue;
            }
            if (!mergeEntry(target, entry, want, document, step, edits)) {
                return false;
            }
        }
        if (!appends.isEmpty()) {
            Optional<TextEdit> append = MappingEdits.append(target, appends, document, step);
            if (append.isEmpty()) {
                return false;
            }
            edits.add(append.get());
        }
        return true;
    }

    private static boolean mergeEntry(YamlMapping target, YamlEntry entry, NewEntry want, TextDocument document,
            int step, List<TextEdit> edits) {
        YamlNode value = entry.value();
        if (want.value() != null) {
            if (isFlowList(want.value()) && value instanceof YamlSequence sequence) {
                for (String item : flowItems(want.value())) {
                    if (sequence.items().stream().noneMatch(i -> i.asText().map(item::equals).orElse(false))) {
                        Optional<TextEdit> append = SequenceEdits.append(sequence, styledLike(sequence, item), document);
                        if (append.isEmpty()) {
                            return false;
                        }
                        edits.add(append.get());
                    }
                }
                return true;
            }
            if (value instanceof YamlScalar scalar && scalar.sourceText().equals(want.value()) && scalar.tag().isEmpty()) {
                return true;
            }
            Optional<TextEdit> set = MappingEdits.setValue(entry, want.value(), document);
            set.ifPresent(edits::add);
            return set.isPresent();
        }
        if (value instanceof YamlScalar scalar && scalar.isNull()) {
            Optional<TextEdit> fill = MappingEdits.fillNull(entry, target.isFlow(), want.children(), document, step);
            fill.ifPresent(edits::add);
            return fill.isPresent();
        }
        if (value instanceof YamlMapping mapping) {
            return mergeInto(mapping, want.children(), document, step, edits);
        }
        return false;
    }

    /** {@code item} quoted the way the sequence's first item is (plain when it is plain). */
    private static String styledLike(YamlSequence sequence, String item) {
        String first = sequence.isEmpty() ? "\"" : sequence.items().get(0).sourceText();
        return first.startsWith("\"") ? "\"" + item + "\"" : first.startsWith("'") ? "'" + item + "'" : item;
    }

    private static boolean isFlowList(String text) {
        return text.startsWith("[") && text.endsWith("]");
    }

    /** The items of a flow list of simple scalars as this class's callers write them ({@code ["ALL"]}). */
    private static List<String> flowItems(String text) {
        String inner = text.substring(1, text.length() - 1).strip();
        if (inner.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(inner.split(",")).map(String::strip).map(s -> s.replaceAll("^[\"']|[\"']$", "")).toList();
    }

    /** Joins inserts at one position into one edit (in order), so every client applies them in that order. */
    static List<TextEdit> joinInserts(List<TextEdit> edits) {
        List<TextEdit> out = new ArrayList<>();
        for (TextEdit edit : edits) {
            Position at = edit.range().start();
            int same = -1;
            if (edit.range().isEmpty()) {
                for (int i = 0; i < out.size(); i++) {
                    if (out.get(i).range().isEmpty() && out.get(i).range().start().equals(at)) {
                        same = i;
                    }
                }
            }
            if (same >= 0) {
                out.set(same, TextEdit.insert(at, out.get(same).newText() + edit.newText()));
            } else {
                out.add(edit);
            }
        }
        return out;
    }
}
