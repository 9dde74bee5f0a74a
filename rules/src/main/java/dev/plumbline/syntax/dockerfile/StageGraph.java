package dev.plumbline.syntax.dockerfile;

import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.Range;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How the stages of a Dockerfile hang together, computed once per parse: which stage is final, the
 * stage chain (a stage plus the stages it is built {@code FROM}, root first), what a stage inherits
 * along that chain (USER, WORKDIR, SHELL, HEALTHCHECK, ENV), and every place a stage is referred to
 * ({@code FROM <stage>}, {@code COPY --from=}, {@code RUN --mount=from=}).
 *
 * <p>ONBUILD triggers are not part of this file's build: they run in the builds that use the image,
 * so they neither set USER/SHELL/… here nor refer to stages.
 */
public final class StageGraph {

    /**
     * One place that refers to a stage.
     *
     * @param at the top-level instruction that holds the reference
     * @param range the reference as written (the FROM image, the {@code --from} value, the mount's {@code from} value)
     * @param written the reference's value as written (unquoted, variables not expanded)
     * @param target the stage it resolves to
     * @param kind what kind of reference it is
     */
    public record StageReference(Instruction at, Range range, String written, Stage target, Kind kind) {

        public enum Kind { FROM, COPY_FROM, MOUNT_FROM }
    }

    /**
     * A {@code USER} in effect.
     *
     * @param instruction the USER instruction
     * @param argument its argument as written ({@code user[:group]})
     * @param value the argument with variables expanded; empty when a variable has no known value
     */
    public record User(Instruction instruction, Word argument, Optional<String> value) {

        /** The user part ({@code app} of {@code app:grp}), when the value is known. */
        public Optional<String> user() {
            return value.map(v -> v.indexOf(':') < 0 ? v : v.substring(0, v.indexOf(':')));
        }

        /** The group part, when the value is known and names one. */
        public Optional<String> group() {
            return value.filter(v -> v.indexOf(':') >= 0).map(v -> v.substring(v.indexOf(':') + 1));
        }

        /** True when the value is known and the user is {@code root} or UID 0. */
        public boolean isRoot() {
            return user().map(u -> u.equals("root") || isZero(u)).orElse(false);
        }

        /** True when the value is known and the user is not root. */
        public boolean isNonRoot() {
            return value.isPresent() && !user().orElse("").isEmpty() && !isRoot();
        }

        /** True when the user part is a numeric UID. */
        public boolean isNumeric() {
            return user().map(u -> !u.isEmpty() && u.chars().allMatch(c -> c >= '0' && c <= '9')).orElse(false);
        }

        private static boolean isZero(String u) {
            return !u.isEmpty() && u.chars().allMatch(c -> c == '0');
        }
    }

    /**
     * That an instruction refers to a stage, without where exactly: told for every instruction on
     * every keystroke, so found without reading moved instructions again (see {@link #uses}).
     *
     * @param at the top-level instruction that holds the reference
     * @param target the stage it resolves to
     * @param kind what kind of reference it is
     */
    public record StageUse(Instruction at, Stage target, StageReference.Kind kind) {
    }

    private final Dockerfile dockerfile;
    /** Per stage index, its chain; filled as asked (a view of one stage asks about few). */
    private final transient List<Stage>[] chains;
    private final List<StageUse> uses;
    /** {@link #references}, found when first asked. */
    private volatile List<StageReference> references;
    private final List<List<Stage>> dependencies;
    /** Per stage index, the ENV it inherits; filled as asked. */
    private final transient Map<String, String>[] inheritedEnv;
    /** Per stage and keyword, where its instructions are (see {@link #lastBefore}); filled as asked. */
    private final transient Map<String, int[]> keywordPositions = new ConcurrentHashMap<>();
    /** Per stage, the strongly connected component of the dependency graph it is in (see {@link #sameCycle}). */
    private transient volatile int[] components;

    @SuppressWarnings("unchecked")
    StageGraph(Dockerfile dockerfile) {
        this.dockerfile = dockerfile;
        // by stage index, also the stages a view leaves out (as their FROM alone), so chains and
        // inherited settings are indexed as in the whole file
        this.chains = new List[dockerfile.stageCount()];
        this.inheritedEnv = new Map[dockerfile.stageCount()];
        this.uses = List.copyOf(findUses());
        dockerfile.forgetEarlierStageTargets();
        this.dependencies = findDependencies();
    }

    // ---- stages ---------------------------------------------------------------------------------------

    /** The stage {@code docker build} builds without {@code --target}: the last one. */
    public Optional<Stage> finalStage() {
        int count = dockerfile.stageCount();
        return count == 0 ? Optional.empty() : Optional.of(dockerfile.stageAt(count - 1));
    }

    /** The stage built with {@code --target=target} (any case); the last stage when {@code target} is null or unknown. */
    public Optional<Stage> finalStage(String target) {
        if (target != null && !target.isBlank()) {
            Optional<Stage> named = dockerfile.stage(target.trim());
            if (named.isPresent()) {
                return named;
            }
        }
        return finalStage();
    }

    /** The stage chain of {@code stage}: the stage it is ultimately built on first, {@code stage} last. */
    public synchronized List<Stage> chain(Stage stage) {
        // up to the first stage whose chain is known (bases are always earlier stages), then down
        Deque<Stage> unknown = new ArrayDeque<>();
        for (Optional<Stage> at = Optional.of(stage); at.isPresent() && chains[at.get().index()] == null;
                at = dockerfile.baseStage(at.get())) {
            unknown.push(at.get());
        }
        while (!unknown.isEmpty()) {
            Stage next = unknown.pop();
            List<Stage> built = new ArrayList<>(dockerfile.baseStage(next).map(b -> chains[b.index()]).orElse(List.of()));
            built.add(next);
            chains[next.index()] = List.copyOf(built);
        }
        return chains[stage.index()];
    }

    /** The first stage of {@code stage}'s chain: the one whose FROM names an image (or scratch, or unknown). */
    public Stage root(Stage stage) {
        return chain(stage).get(0);
    }

    /** What the chain of {@code stage} is ultimately built on: an image, {@code scratch}, or unknown. */
    public ImageRef rootImage(Stage stage) {
        return dockerfile.baseImage(root(stage).from());
    }

    // ---- inherited settings ---------------------------------------------------------------------------

    /**
     * The last top-level {@code keyword} instruction (any case) of {@code stage}'s chain: in the stage
     * itself, else in the stages it is built on.
     */
    public Optional<Instruction> lastInChain(Stage stage, String keyword) {
        List<Stage> chain = chain(stage);
        for (int i = chain.size() - 1; i >= 0; i--) {
            Optional<Instruction> found = lastIn(chain.get(i).instructions(), chain.get(i).instructions().size(), keyword);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * The last top-level {@code keyword} instruction in effect just before {@code at}: earlier in
     * {@code at}'s stage, else anywhere in the stages it is built on.
     */
    public Optional<Instruction> lastBefore(Instruction at, String keyword) {
        Optional<Stage> stage = dockerfile.stageOf(at);
        if (stage.isEmpty()) {
            return Optional.empty();
        }
        List<Instruction> own = stage.get().instructions();
        int position = firstAtOrAfter(own, at.startOffset());
        int[] positions = positions(stage.get(), keyword);
        int i = Arrays.binarySearch(positions, position);
        int before = i >= 0 ? i : -i - 1; // keyword instructions before position
        if (before > 0) {
            return Optional.of(own.get(positions[before - 1]));
        }
        return dockerfile.baseStage(stage.get()).flatMap(base -> lastInChain(base, keyword));
    }

    /** The index of the first of {@code instructions} (in document order) that starts at or after {@code offset}. */
    private static int firstAtOrAfter(List<Instruction> instructions, int offset) {
        int lo = 0;
        int hi = instructions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (instructions.get(mid).startOffset() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Where the {@code keyword} instructions (any case) of {@code stage} are among its instructions,
     * found once per stage and keyword, so asking before every instruction of a long stage stays linear.
     */
    private int[] positions(Stage stage, String keyword) {
        return keywordPositions.computeIfAbsent(stage.index() + ":" + keyword, k -> {
            List<Instruction> own = stage.instructions();
            int[] found = new int[own.size()];
            int count = 0;
            for (int i = 0; i < own.size(); i++) {
                if (own.get(i).is(keyword)) {
                    found[count++] = i;
                }
            }
            return Arrays.copyOf(found, count);
        });
    }

    private static Optional<Instruction> lastIn(List<Instruction> instructions, int end, String keyword) {
        for (int i = end - 1; i >= 0; i--) {
            if (instructions.get(i).is(keyword)) {
                return Optional.of(instructions.get(i));
            }
        }
        return Optional.empty();
    }

    /** The USER in effect at the end of {@code stage} (inherited along its chain); empty when none is set. */
    public Optional<User> effectiveUser(Stage stage) {
        return lastInChain(stage, "USER").flatMap(this::user);
    }

    /** The USER in effect when {@code at} runs; empty when none is set before it. */
    public Optional<User> userBefore(Instruction at) {
        return lastBefore(at, "USER").flatMap(this::user);
    }

    /** What the USER instruction {@code instruction} sets, read with the variables in scope there. */
    public Optional<User> user(Instruction instruction) {
        if (instruction.arguments().isEmpty()) {
            return Optional.empty();
        }
        Word argument = instruction.arguments().get(0);
        return Optional.of(new User(instruction, argument, variablesAt(instruction).expand(argument.text())));
    }

    /** The SHELL in effect at the end of {@code stage}; empty when the chain keeps the default. */
    public Optional<Instruction> effectiveShell(Stage stage) {
        return lastInChain(stage, "SHELL");
    }

    /** The SHELL in effect when {@code at} runs; empty when the default shell applies. */
    public Optional<Instruction> shellBefore(Instruction at) {
        return lastBefore(at, "SHELL");
    }

    /** The HEALTHCHECK the image of {@code stage} carries (the last in its chain; may be {@code NONE}). */
    public Optional<HealthcheckInstruction> healthcheck(Stage stage) {
        return lastInChain(stage, "HEALTHCHECK").map(HealthcheckInstruction.class::cast);
    }

    /**
     * The ENV variables {@code stage} inherits from the stages it is built on, in order of definition;
     * a value is {@code null} when it depends on something unknown. The base image's own ENV cannot
     * be known offline and is not included.
     */
    public synchronized Map<String, String> inheritedEnv(Stage stage) {
        if (inheritedEnv[stage.index()] == null) {
            List<Stage> chain = chain(stage);
            for (int i = 0; i < chain.size(); i++) {
                Stage at = chain.get(i);
                if (inheritedEnv[at.index()] == null) {
                    Stage base = i == 0 ? null : chain.get(i - 1);
                    inheritedEnv[at.index()] = base == null ? Map.of()
                            : Collections.unmodifiableMap(envAtEnd(base, inheritedEnv[base.index()]));
                }
            }
        }
        return inheritedEnv[stage.index()];
    }

    /**
     * The variables {@code at} sees: {@link Variables#at} plus the ENV inherited along its stage chain
     * (an ARG or ENV of its own stage takes precedence).
     */
    public Variables variablesAt(Instruction at) {
        return Variables.inChain(dockerfile, at, dockerfile.stageOf(at).map(this::inheritedEnv).orElse(Map.of()));
    }

    private Map<String, String> envAtEnd(Stage stage, Map<String, String> inherited) {
        return Variables.envAtEnd(dockerfile, stage, inherited);
    }

    // ---- references -----------------------------------------------------------------------------------

    /** Every reference to a stage of this file, in source order (ONBUILD triggers excluded). */
    public List<StageReference> references() {
        List<StageReference> found = references;
        if (found == null) {
            found = List.copyOf(findReferences());
            references = found;
        }
        return found;
    }

    /**
     * Every use of a stage, as {@link #references} but without the ranges: what rules that only need
     * to know which stage uses which ask (once per reference, in source order).
     */
    public List<StageUse> uses() {
        return uses;
    }

    /** The references {@code at} holds (one top-level instruction of this file). */
    public List<StageReference> referencesAt(Instruction at) {
        List<StageReference> out = new ArrayList<>();
        if (at instanceof FromInstruction from) {
            dockerfile.stageOf(from).flatMap(dockerfile::baseStage).ifPresent(base -> from.image().ifPresent(image ->
                    out.add(new StageReference(from, image.range(), image.value(), base, StageReference.Kind.FROM))));
        } else {
            addReferences(at, out);
        }
        return out;
    }

    /** The stages {@code stage} needs built first: its base stage and every stage it copies or mounts from. */
    public List<Stage> dependencies(Stage stage) {
        return dependencies.get(stage.index());
    }

    private List<List<Stage>> findDependencies() {
        List<List<Stage>> out = new ArrayList<>();
        for (int i = 0; i < dockerfile.stageCount(); i++) {
            out.add(new ArrayList<>());
        }
        for (StageUse use : uses) {
            List<Stage> list = out.get(use.at().stageIndex());
            if (!list.contains(use.target())) {
                list.add(use.target());
            }
        }
        return out.stream().map(List::copyOf).toList();
    }

    /**
     * True when {@code a} and {@code b} each need the other built first, directly or through other
     * stages (a dependency cycle); {@code a == b} counts only when the stage needs itself. Linear in
     * the number of stages and references, once per file.
     */
    public boolean sameCycle(Stage a, Stage b) {
        int[] component = components();
        if (a.index() != b.index()) {
            return component[a.index()] == component[b.index()];
        }
        return dependencies(a).stream().anyMatch(d -> d.index() == a.index() || component[d.index()] == component[a.index()]);
    }

    private int[] components() {
        int[] result = components;
        if (result == null) {
            result = new StageComponents(dependencies).components();
            components = result;
        }
        return result;
    }

    /** The stage a {@code --from} value (name or index) refers to, resolved at {@code at}. */
    public Optional<Stage> sourceStage(String raw, Instruction at) {
        ImageRef ref = dockerfile.sourceImage(raw, at);
        if (ref.kind() != ImageRef.Kind.STAGE) {
            return Optional.empty();
        }
        String name = ref.text();
        if (!name.isEmpty() && name.chars().allMatch(c -> c >= '0' && c <= '9')) {
            if (name.length() > 6) {
                return Optional.empty();
            }
            int index = Integer.parseInt(name);
            return index < dockerfile.stageCount() ? Optional.of(dockerfile.stageAt(index)) : Optional.empty();
        }
        return dockerfile.stage(name);
    }

    private List<StageReference> findReferences() {
        List<StageReference> out = new ArrayList<>();
        Instruction last = null;
        for (StageUse use : uses) {
            if (use.at() != last) {
                out.addAll(referencesAt(use.at()));
                last = use.at();
            }
        }
        return out;
    }

    /**
     * The uses of stages, stage by stage. Which stages an instruction reads is kept by its origin
     * (see {@link #targetsOf}), so a keystroke reads only the instructions it touched again.
     */
    private List<StageUse> findUses() {
        List<StageUse> out = new ArrayList<>();
        for (Stage stage : dockerfile.stages()) {
            dockerfile.baseStage(stage).ifPresent(base -> out.add(new StageUse(stage.from(), base, StageReference.Kind.FROM)));
            for (Instruction instruction : stage.instructions()) {
                // told without reading moved instructions again: most have no reference
                if (!instruction.mayNameStage()) {
                    continue;
                }
                StageReference.Kind kind = instruction instanceof RunInstruction
                        ? StageReference.Kind.MOUNT_FROM : StageReference.Kind.COPY_FROM;
                for (int target : targetsOf(instruction)) {
                    out.add(new StageUse(instruction, dockerfile.stageAt(target), kind));
                }
            }
        }
        return out;
    }

    /**
     * The stage indexes {@code at}'s references resolve to, in order: kept by the instruction's origin
     * unless a value holds a variable (whose value may change with an edit elsewhere in the stage).
     */
    private int[] targetsOf(Instruction at) {
        int[] known = dockerfile.knownStageTargets(at);
        if (known != null) {
            return known;
        }
        List<StageReference> found = new ArrayList<>();
        boolean variable = addReferences(at, found);
        int[] targets = found.stream().mapToInt(r -> r.target().index()).toArray();
        if (!variable) {
            dockerfile.knowStageTargets(at, targets);
        }
        return targets;
    }

    /** Adds the {@code --from} references of a COPY, ADD or RUN; true when a value holds a variable. */
    private boolean addReferences(Instruction instruction, List<StageReference> out) {
        boolean variable = false;
        if (instruction.is("COPY") || instruction.is("ADD")) {
            for (Flag flag : instruction.flags("from")) {
                Optional<Word> value = flag.valueWord().filter(w -> !w.value().isEmpty());
                if (value.isPresent()) {
                    Word w = value.get();
                    variable |= w.value().indexOf('$') >= 0;
                    sourceStage(w.value(), instruction).ifPresent(s -> out.add(new StageReference(instruction, w.range(),
                            w.value(), s, StageReference.Kind.COPY_FROM)));
                }
            }
        } else if (instruction instanceof RunInstruction run) {
            for (Mount mount : run.mounts()) {
                Optional<Mount.Field> from = mount.from().filter(f -> !f.value().isEmpty());
                if (from.isPresent()) {
                    Mount.Field f = from.get();
                    variable |= f.value().indexOf('$') >= 0;
                    sourceStage(f.value(), instruction).ifPresent(s -> out.add(new StageReference(instruction,
                            f.valueRange(), f.value(), s, StageReference.Kind.MOUNT_FROM)));
                }
            }
        }
        return variable;
    }
}
