package dev.plumbline.rules.dockerfile.features;

import dev.plumbline.syntax.dockerfile.ArgInstruction;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.FromInstruction;
import dev.plumbline.syntax.dockerfile.Heredoc;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.KeyValueInstruction;
import dev.plumbline.syntax.dockerfile.OnbuildInstruction;
import dev.plumbline.syntax.dockerfile.Stage;
import dev.plumbline.syntax.shell.MappedText;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every build variable of a Dockerfile: where each is declared ({@code ARG}, {@code ENV}) and every
 * place it is used ({@code $NAME}, {@code ${NAME…}}), each use bound to the declaration in effect
 * there, as the builder sees it: global ARGs in {@code FROM} lines; in a stage, the last ARG or ENV
 * before the use, else the ENV inherited from the stage it is built {@code FROM}. A stage's
 * {@code ARG NAME} without a value brings the global {@code ARG NAME} into the stage, so the two are
 * one variable for navigation. An ONBUILD trigger runs in a later build that uses the image as its
 * base: its uses read the ENV the stage leaves in the image (that build may still override them), and
 * what a trigger declares belongs to that build, so it is not indexed.
 */
final class VariableIndex {

    /** One declared variable. */
    record Declaration(Instruction instruction, Word name, Optional<Word> value, boolean env, boolean global,
            int stageIndex) {

        String keyword() {
            return env ? "ENV" : "ARG";
        }
    }

    /**
     * One use.
     *
     * @param name the variable's name
     * @param range the name's range (without {@code $} and braces)
     * @param declaration the declaration it reads, or null when none is in effect there
     * @param downstream true inside an ONBUILD trigger: expanded by a later build, not this one
     */
    record Use(Instruction instruction, String name, Range range, Declaration declaration, boolean downstream) {
    }

    private final List<Declaration> declarations = new ArrayList<>();
    private final List<Use> uses = new ArrayList<>();
    /** A bare stage ARG to the global ARG it brings in. */
    private final Map<Declaration, Declaration> bringsIn = new IdentityHashMap<>();
    private final Map<String, Declaration> globals = new LinkedHashMap<>();
    /** Per stage index, the ENV declarations in effect at its end (own and inherited). */
    private final List<Map<String, Declaration>> envAtEnd = new ArrayList<>();

    private VariableIndex() {
    }

    static VariableIndex of(Dockerfile dockerfile) {
        VariableIndex index = new VariableIndex();
        index.build(dockerfile);
        return index;
    }

    private void build(Dockerfile dockerfile) {
        char escape = dockerfile.escapeChar();
        for (Instruction instruction : dockerfile.globalInstructions()) {
            scope(instruction, globals, escape, true);
        }
        for (Stage stage : dockerfile.stages()) {
            for (VariableUses.Found found : VariableUses.in(stage.from(), escape)) {
                uses.add(new Use(stage.from(), found.name(), found.range(), globals.get(found.name()), false));
            }
            Map<String, Declaration> visible = new HashMap<>();
            Map<String, Declaration> env = new LinkedHashMap<>();
            dockerfile.baseStage(stage).ifPresent(base -> {
                visible.putAll(envAtEnd.get(base.index()));
                env.putAll(envAtEnd.get(base.index()));
            });
            for (Instruction instruction : stage.instructions()) {
                for (Declaration declared : scope(instruction, visible, escape, false)) {
                    if (declared.env()) {
                        env.put(declared.name().value(), declared);
                    }
                }
            }
            envAtEnd.add(env);
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof OnbuildInstruction onbuild && onbuild.trigger().isPresent()) {
                    addTriggerUses(onbuild, onbuild.trigger().get(), env, escape);
                }
            }
        }
    }

    /** Records the uses and declarations of {@code instruction} with {@code visible} as the scope; returns what it declares. */
    private List<Declaration> scope(Instruction instruction, Map<String, Declaration> visible, char escape, boolean global) {
        if (instruction instanceof OnbuildInstruction) {
            return List.of();
        }
        List<Declaration> declared = new ArrayList<>();
        if (instruction instanceof ArgInstruction arg) {
            for (ArgInstruction.Declaration d : arg.declarations()) {
                d.defaultValue().ifPresent(value -> addUses(instruction, VariableUses.in(instruction, value, escape), visible));
                Declaration declaration = new Declaration(instruction, d.name(), d.defaultValue(), false, global,
                        instruction.stageIndex());
                if (!global && d.defaultValue().isEmpty() && globals.containsKey(d.name().value())) {
                    bringsIn.put(declaration, globals.get(d.name().value()));
                }
                declarations.add(declaration);
                declared.add(declaration);
                visible.put(d.name().value(), declaration); // the next declaration of the same ARG sees this one
            }
            return declared;
        }
        if (instruction instanceof KeyValueInstruction kv && kv.isEnv()) {
            // every pair of one ENV sees the values from before the instruction
            for (KeyValueInstruction.Pair pair : kv.pairs()) {
                addUses(instruction, VariableUses.in(instruction, pair.value(), escape), visible);
            }
            for (KeyValueInstruction.Pair pair : kv.pairs()) {
                Declaration declaration = new Declaration(instruction, pair.key(), Optional.of(pair.value()), true, global,
                        instruction.stageIndex());
                declarations.add(declaration);
                declared.add(declaration);
                visible.put(pair.key().value(), declaration);
            }
            return declared;
        }
        addUses(instruction, VariableUses.in(instruction, escape), visible);
        for (Heredoc heredoc : instruction.heredocs()) {
            if (heredoc.expand()) {
                addUses(instruction, VariableUses.in(heredoc.body(), 0, heredoc.body().length(), escape), visible);
            }
        }
        return declared;
    }

    /** The uses in a trigger, bound to the ENV the image carries (ARGs do not outlive the build). */
    private void addTriggerUses(OnbuildInstruction onbuild, Instruction trigger, Map<String, Declaration> imageEnv,
            char escape) {
        List<VariableUses.Found> found = new ArrayList<>(VariableUses.in(trigger, escape));
        for (Heredoc heredoc : trigger.heredocs()) {
            if (heredoc.expand()) {
                found.addAll(VariableUses.in(heredoc.body(), 0, heredoc.body().length(), escape));
            }
        }
        for (VariableUses.Found use : found) {
            uses.add(new Use(onbuild, use.name(), use.range(), imageEnv.get(use.name()), true));
        }
    }

    private void addUses(Instruction instruction, List<VariableUses.Found> found, Map<String, Declaration> visible) {
        for (VariableUses.Found use : found) {
            uses.add(new Use(instruction, use.name(), use.range(), visible.get(use.name()), false));
        }
    }

    List<Declaration> declarations() {
        return declarations;
    }

    List<Use> uses() {
        return uses;
    }

    /** The global ARG a bare stage ARG brings into its stage. */
    Optional<Declaration> broughtIn(Declaration declaration) {
        return Optional.ofNullable(bringsIn.get(declaration));
    }

    /** The use whose name lies at {@code position}. */
    Optional<Use> useAt(Position position) {
        return uses.stream().filter(u -> u.range().contains(position)).findFirst();
    }

    /** The declaration whose name lies at {@code position}. */
    Optional<Declaration> declarationAt(Position position) {
        return declarations.stream().filter(d -> d.name().range().contains(position)).findFirst();
    }

    /**
     * Where the value a use (or declaration) reads is declared: the declaration itself and, for a bare
     * stage ARG, the global ARG it brings in.
     */
    List<Declaration> definitions(Declaration declaration) {
        List<Declaration> out = new ArrayList<>();
        out.add(declaration);
        broughtIn(declaration).ifPresent(out::add);
        return out;
    }

    /** The declarations that are one variable with {@code declaration} (a global ARG and the bare ARGs bringing it in). */
    List<Declaration> family(Declaration declaration) {
        Declaration root = broughtIn(declaration).orElse(declaration);
        List<Declaration> out = new ArrayList<>();
        for (Declaration d : declarations) {
            if (d == root || bringsIn.get(d) == root) {
                out.add(d);
            }
        }
        return out;
    }

    /** The uses that read one of {@code family}. */
    List<Use> usesOf(List<Declaration> family) {
        return uses.stream().filter(u -> u.declaration() != null && family.contains(u.declaration())).toList();
    }

    /** The names a use at {@code instruction} can read: every declaration in effect there, by name. */
    Map<String, Declaration> visibleAt(Dockerfile dockerfile, Instruction instruction) {
        Map<String, Declaration> visible = new LinkedHashMap<>();
        if (instruction.stageIndex() < 0 || instruction instanceof FromInstruction) {
            for (Declaration d : declarations) {
                if (d.global() && d.instruction().startOffset() < instruction.startOffset()) {
                    visible.put(d.name().value(), d);
                }
            }
            return visible;
        }
        Stage stage = dockerfile.stages().get(instruction.stageIndex());
        dockerfile.baseStage(stage).ifPresent(base -> visible.putAll(envAtEnd.get(base.index())));
        for (Declaration d : declarations) {
            if (!d.global() && d.stageIndex() == stage.index() && d.instruction().startOffset() < instruction.startOffset()) {
                visible.put(d.name().value(), d);
            }
        }
        return visible;
    }

    /** Finds the mapped-text index of document offset {@code offset} (the first character at or after it). */
    static int indexOf(MappedText text, int offset) {
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (text.startOffset(mid) < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
