package dev.plumbline.syntax.dockerfile;

import dev.plumbline.syntax.shell.MappedText;
import dev.plumbline.text.TextDocument;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares two parsed Dockerfiles field by field, through every object they hold (found by
 * reflection, so a field added to the model later is compared too). Snapshot references are not
 * compared as objects (a kept instruction may still point into the snapshot it was read from, which
 * agrees with the new one on its text); mapped texts are compared by what they map, character by
 * character. Lazy caches are filled on both sides first, so moved caches are checked as well.
 */
final class ModelComparison {

    /**
     * Fields that are hints or per-request caches, not part of what a model says (besides
     * {@code transient} ones, the marking for such caches).
     */
    private static final Set<String> SKIPPED = Set.of("segmentHint", "lineHint", "derived");

    private final Map<Object, Object> visited = new IdentityHashMap<>();
    private final List<String> differences = new ArrayList<>();

    private ModelComparison() {
    }

    /** The differences between the two models, at most a few; empty when they are the same. */
    static List<String> differences(Dockerfile expected, Dockerfile actual) {
        fill(expected);
        fill(actual);
        ModelComparison comparison = new ModelComparison();
        if (!expected.document().text().equals(actual.document().text())) {
            comparison.differences.add("document text differs");
        }
        if (expected.document() != actual.document()) {
            comparison.differences.add("the model does not belong to the snapshot it was parsed from");
        }
        comparison.compare(expected, actual, "dockerfile");
        comparison.compare(derivedFacts(expected), derivedFacts(actual), "derived");
        return comparison.differences;
    }

    /** Computes what rules compute on demand, so those caches are compared too. */
    static void fill(Dockerfile dockerfile) {
        dockerfile.stageGraph().references();
        dockerfile.globalVariables();
        for (Instruction instruction : dockerfile.instructions()) {
            instruction.parts(); // a move still pending is applied, so what it moves is compared
            if (instruction instanceof RunInstruction run) {
                run.commands();
            }
            if (instruction instanceof OnbuildInstruction onbuild && onbuild.trigger().orElse(null) instanceof RunInstruction run) {
                run.commands();
            }
        }
    }

    /**
     * What rules compute from a model through methods rather than fields (so the reflective walk does
     * not see it, or sees only a transient cache): per instruction the variable scope, the shell and,
     * for a RUN, its mounts and whole shell scripts with their heredocs. A reparsed model must derive
     * exactly what a fresh one does, so nothing stale is carried over.
     */
    static List<Object> derivedFacts(Dockerfile dockerfile) {
        List<Object> facts = new ArrayList<>();
        for (Instruction instruction : dockerfile.instructions()) {
            facts.add(Variables.at(dockerfile, instruction));
            facts.add(dockerfile.shellAt(instruction));
            List<RunInstruction> runs = new ArrayList<>();
            if (instruction instanceof RunInstruction run) {
                runs.add(run);
            }
            if (instruction instanceof OnbuildInstruction onbuild && onbuild.trigger().orElse(null) instanceof RunInstruction run) {
                runs.add(run);
            }
            for (RunInstruction run : runs) {
                facts.add(run.mounts());
                facts.add(run.shellScripts());
            }
            if (instruction instanceof FromInstruction from) {
                facts.add(dockerfile.baseImage(from));
            }
        }
        return facts;
    }

    private void compare(Object a, Object b, String path) {
        if (differences.size() >= 5) {
            return;
        }
        if (a == null || b == null) {
            if (a != b) {
                differ(path, a, b);
            }
            return;
        }
        if (a.getClass() != b.getClass() && !(a instanceof List<?> && b instanceof List<?>)
                && !(a instanceof Map<?, ?> && b instanceof Map<?, ?>)) {
            differ(path, a.getClass().getSimpleName(), b.getClass().getSimpleName());
            return;
        }
        if (a instanceof String || a instanceof Number || a instanceof Boolean || a instanceof Character
                || a instanceof Enum<?>) {
            if (!a.equals(b)) {
                differ(path, a, b);
            }
            return;
        }
        if (a instanceof TextDocument) {
            return;
        }
        if (visited.get(a) == b) {
            return;
        }
        visited.put(a, b);
        if (a instanceof MappedText ma) {
            compareMapped(ma, (MappedText) b, path);
        } else if (a instanceof List<?> la) {
            List<?> lb = (List<?>) b;
            if (la.size() != lb.size()) {
                differ(path + ".size", la.size(), lb.size());
            }
            for (int i = 0; i < Math.min(la.size(), lb.size()); i++) {
                compare(la.get(i), lb.get(i), path + "[" + i + "]");
            }
        } else if (a instanceof Optional<?> oa) {
            compare(oa.orElse(null), ((Optional<?>) b).orElse(null), path + ".get");
        } else if (a instanceof Map<?, ?> ma) {
            Map<?, ?> mb = (Map<?, ?>) b;
            if (!ma.keySet().equals(mb.keySet())) {
                differ(path + ".keys", ma.keySet(), mb.keySet());
                return;
            }
            for (Object key : ma.keySet()) {
                compare(ma.get(key), mb.get(key), path + "{" + key + "}");
            }
        } else if (a.getClass().isArray()) {
            if (!java.util.Objects.deepEquals(a, b)) {
                differ(path, "array", "array");
            }
        } else {
            compareFields(a, b, path);
        }
    }

    private void compareFields(Object a, Object b, String path) {
        for (Class<?> type = a.getClass(); type != Object.class && type != Record.class; type = type.getSuperclass()) {
            if (type.getName().startsWith("java.")) {
                differ(path, "unexpected JDK type " + type.getName(), "");
                return;
            }
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || SKIPPED.contains(field.getName())) {
                    continue;
                }
                field.setAccessible(true);
                try {
                    compare(field.get(a), field.get(b), path + "." + field.getName());
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    private void compareMapped(MappedText a, MappedText b, String path) {
        if (!a.text().equals(b.text())) {
            differ(path + ".text", a.text(), b.text());
            return;
        }
        for (int i = 0; i <= a.length(); i++) {
            if (a.startOffset(i) != b.startOffset(i) || a.endOffset(i) != b.endOffset(i)) {
                differ(path + ".offsets@" + i, a.startOffset(i) + "/" + a.endOffset(i),
                        b.startOffset(i) + "/" + b.endOffset(i));
                return;
            }
        }
        compare(a.range(), b.range(), path + ".range");
    }

    private void differ(String path, Object expected, Object actual) {
        differences.add(path + ": expected <" + expected + "> but was <" + actual + ">");
    }
}
