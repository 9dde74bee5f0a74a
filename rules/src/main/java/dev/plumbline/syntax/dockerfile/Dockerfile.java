package dev.plumbline.syntax.dockerfile;

import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.TextDocument;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A parsed Dockerfile: parser directives, comments, instructions in order, the stages they form,
 * and what the parser could not read. Produced by {@link DockerfileParser}; immutable.
 */
public final class Dockerfile {

    private final TextDocument document;
    private final char escape;
    private final List<Directive> directives;
    private final List<Comment> comments;
    private final List<Instruction> instructions;
    private final List<ParseProblem> problems;
    private final List<Stage> stages;
    /**
     * Every stage by index. The same as {@link #stages} except in a {@link #restrictedTo view},
     * where the stages left out are here as their FROM alone, for lookups by name and index.
     */
    private final List<Stage> stagesByIndex;
    /** The file a view was made from; this file itself when it is not a view. */
    private final transient Dockerfile whole;
    private final List<Instruction> global;
    /** The lines of the comments outside instructions: most instructions have no comment above, told at once. */
    private final transient BitSet commentLines;
    /** Lower-case stage name to the index of the first stage so named. */
    private final Map<String, Integer> stageIndexByName;
    private volatile Variables globalVariables;
    private volatile StageGraph stageGraph;
    private transient volatile VariableScopes variableScopes;
    /**
     * At most how many snapshots older than {@link #document} the instructions point into (see
     * {@code IncrementalParser}); 0 after a full parse.
     */
    private transient int olderSnapshotsAtMost;
    /** Set when an incremental parse checked that the text holds no NUL character. */
    private transient boolean nulFree;
    /** Facts derived from this file once, by key (see {@link #derived}). */
    private final Map<Object, Object> derived = new ConcurrentHashMap<>();
    /** {@link #baseImage} per FROM (by identity), as rules ask for it per stage, per rule. */
    /**
     * {@link #baseImage} per FROM (by {@link Instruction#origin}), as rules ask for it per stage, per
     * rule; shared with the next incremental parse while the FROM lines and global ARGs stay the same.
     */
    private final transient Map<Object, ImageRef> baseImages;
    /**
     * The stages a COPY, ADD or RUN reads from, by {@link Instruction#origin} (see
     * {@link #knownStageTargets}): valid while the FROM lines stay, as stage names and indexes do.
     */
    private final transient Map<Object, int[]> stageTargets;
    /**
     * The previous parse's {@link #stageTargets} when the FROM lines stayed; read until this file's
     * stage graph is built, then let go (copying only what is still used keeps old instructions from
     * piling up in it over an editing session).
     */
    private transient volatile Map<Object, int[]> earlierStageTargets;

    Dockerfile(TextDocument document, char escape, List<Directive> directives, List<Comment> comments,
            List<Instruction> instructions, List<ParseProblem> problems) {
        this(document, escape, directives, comments, instructions, problems, null);
    }

    /**
     * As the other constructor; for an incremental parse that left the global instructions and every
     * FROM line as they were in {@code unchangedFroms} (null otherwise), what each FROM builds on and
     * what stages are called are known already, and shared: they stay as long as the FROM lines do.
     */
    Dockerfile(TextDocument document, char escape, List<Directive> directives, List<Comment> comments,
            List<Instruction> instructions, List<ParseProblem> problems, Dockerfile unchangedFroms) {
        this.document = document;
        this.escape = escape;
        this.directives = List.copyOf(directives);
        this.comments = List.copyOf(comments);
        this.instructions = List.copyOf(instructions);
        this.problems = List.copyOf(problems);
        List<Stage> stageList = new ArrayList<>();
        List<Instruction> globalList = new ArrayList<>();
        FromInstruction from = null;
        List<Instruction> body = new ArrayList<>();
        for (Instruction instruction : this.instructions) {
            if (instruction instanceof FromInstruction f) {
                if (from != null) {
                    stageList.add(new Stage(stageList.size(), from, body));
                }
                from = f;
                body = new ArrayList<>();
            } else if (from == null) {
                globalList.add(instruction);
            } else {
                body.add(instruction);
            }
        }
        if (from != null) {
            stageList.add(new Stage(stageList.size(), from, body));
        }
        this.stages = List.copyOf(stageList);
        this.stagesByIndex = this.stages;
        if (unchangedFroms != null) {
            this.stageIndexByName = unchangedFroms.stageIndexByName;
        } else {
            this.stageIndexByName = new HashMap<>();
            for (Stage stage : this.stages) {
                stage.name().ifPresent(name -> stageIndexByName.putIfAbsent(name, stage.index()));
            }
        }
        this.global = List.copyOf(globalList);
        this.commentLines = new BitSet();
        for (Comment comment : this.comments) {
            if (!comment.insideInstruction()) {
                commentLines.set(comment.line());
            }
        }
        this.baseImages = unchangedFroms != null ? unchangedFroms.baseImages : new ConcurrentHashMap<>();
        this.stageTargets = new ConcurrentHashMap<>();
        this.earlierStageTargets = unchangedFroms != null ? unchangedFroms.stageTargets : null;
        this.whole = this;
    }

    /** True when the text is known to hold no NUL character (see {@code IncrementalParser}). */
    boolean nulFree() {
        return nulFree;
    }

    void markNulFree() {
        nulFree = true;
    }

    int olderSnapshotsAtMost() {
        return olderSnapshotsAtMost;
    }

    /** Set by the incremental parser before the file is handed out. */
    void olderSnapshotsAtMost(int count) {
        olderSnapshotsAtMost = count;
    }

    /** A view of {@code whole}: see {@link #restrictedTo}. */
    private Dockerfile(Dockerfile whole, List<Stage> kept, List<Stage> byIndex, List<Instruction> instructions) {
        this.whole = whole;
        this.document = whole.document;
        this.escape = whole.escape;
        this.directives = whole.directives;
        this.comments = whole.comments;
        this.instructions = instructions;
        this.problems = whole.problems;
        this.stages = kept;
        this.stagesByIndex = byIndex;
        this.global = whole.global;
        this.commentLines = whole.commentLines;
        this.stageIndexByName = whole.stageIndexByName;
        // what a FROM builds on depends only on FROM lines and global ARGs, which the view shares
        this.baseImages = whole.baseImages;
        this.stageTargets = whole.stageTargets;
        this.earlierStageTargets = whole.earlierStageTargets;
        this.globalVariables = whole.globalVariables;
    }

    /**
     * This file as if the stages not in {@code keep} (indexes) had no instructions besides their FROM,
     * and without those FROMs in {@link #instructions}, {@link #stages} and {@link #froms}: the stages
     * kept, the global instructions, directives, comments and problems are there as in this file, and
     * every stage can still be found by name or index (the ones left out as their FROM alone), so
     * stage indexes, the final stage and stage chains stay what they are. Rules checked on a view
     * cost what the kept stages cost; {@code DockerfileParts} decides which rules may be. Call it on a
     * parsed file, not on a view.
     */
    public Dockerfile restrictedTo(java.util.Set<Integer> keep) {
        List<Stage> kept = new ArrayList<>(keep.size());
        List<Stage> byIndex = new ArrayList<>(stagesByIndex.size());
        List<Instruction> viewed = new ArrayList<>(global);
        for (Stage stage : stagesByIndex) {
            if (keep.contains(stage.index())) {
                kept.add(stage);
                byIndex.add(stage);
                viewed.add(stage.from());
                viewed.addAll(stage.instructions());
            } else {
                byIndex.add(stage.instructions().isEmpty() ? stage : new Stage(stage.index(), stage.from(), List.of()));
            }
        }
        return new Dockerfile(this, List.copyOf(kept), List.copyOf(byIndex), List.copyOf(viewed));
    }

    /** How many stages the file has (in a view too, where {@link #stages} holds only those kept). */
    int stageCount() {
        return stagesByIndex.size();
    }

    /**
     * Every stage by index: {@link #stages}, except in a view, where the stages left out are here as
     * their FROM alone. For rules that name or count the file's stages.
     */
    public List<Stage> everyStage() {
        return stagesByIndex;
    }

    /**
     * The parsed file this one is a {@link #restrictedTo view} of, or this file: for facts about the
     * file as a whole (e.g. whether it is a template).
     */
    public Dockerfile whole() {
        return whole;
    }

    /** The stage with {@code index} (in a view, a stage left out is its FROM alone). */
    Stage stageAt(int index) {
        return stagesByIndex.get(index);
    }

    public TextDocument document() {
        return document;
    }

    /** The escape and line-continuation character: {@code \} or a backtick set by {@code # escape=`}. */
    public char escapeChar() {
        return escape;
    }

    public List<Directive> directives() {
        return directives;
    }

    public Optional<Directive> directive(String name) {
        return directives.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** Every comment line, in order (directives are not comments here). */
    public List<Comment> comments() {
        return comments;
    }

    /** The top-level instructions in order (an ONBUILD's trigger is inside its ONBUILD). */
    public List<Instruction> instructions() {
        return instructions;
    }

    /** Instructions before the first FROM. */
    public List<Instruction> globalInstructions() {
        return global;
    }

    /** The ARGs before the first FROM, whose values FROM lines can use. */
    public List<ArgInstruction> globalArgs() {
        List<ArgInstruction> args = new ArrayList<>();
        for (Instruction instruction : global) {
            if (instruction instanceof ArgInstruction arg) {
                args.add(arg);
            }
        }
        return args;
    }

    public List<FromInstruction> froms() {
        return stages.stream().map(Stage::from).toList();
    }

    public List<Stage> stages() {
        return stages;
    }

    public List<ParseProblem> problems() {
        return problems;
    }

    /** The stage {@code instruction} belongs to (its FROM's stage for a FROM); empty before the first FROM. */
    public Optional<Stage> stageOf(Instruction instruction) {
        int index = instruction.stageIndex();
        return index >= 0 && index < stagesByIndex.size() ? Optional.of(stagesByIndex.get(index)) : Optional.empty();
    }

    /** The (first) stage called {@code name} (any case), wherever it is. */
    public Optional<Stage> stage(String name) {
        Integer index = stageIndexByName.get(name.toLowerCase(Locale.ROOT));
        return index == null ? Optional.empty() : Optional.of(stagesByIndex.get(index));
    }

    /** The earlier stage that {@code stage} is built FROM, if its base names one. */
    public Optional<Stage> baseStage(Stage stage) {
        ImageRef base = baseImage(stage.from());
        if (base.kind() != ImageRef.Kind.STAGE) {
            return Optional.empty();
        }
        return stage(base.text()).filter(s -> s.index() < stage.index());
    }

    // ---- the stage graph (StageGraph); shortcuts for what rules ask most -----------------------------

    /** Final stage, stage chains, inherited USER/SHELL/HEALTHCHECK/ENV and stage references (computed once). */
    public StageGraph stageGraph() {
        StageGraph graph = stageGraph;
        if (graph == null) {
            graph = new StageGraph(this);
            stageGraph = graph;
        }
        return graph;
    }

    /** The stage built without {@code --target}: the last one; empty when the file has no FROM. */
    public Optional<Stage> finalStage() {
        return stageGraph().finalStage();
    }

    /** {@code stage} and the stages it is built FROM, the root first. */
    public List<Stage> stageChain(Stage stage) {
        return stageGraph().chain(stage);
    }

    /** The USER in effect at the end of {@code stage}, inherited along its chain. */
    public Optional<StageGraph.User> effectiveUser(Stage stage) {
        return stageGraph().effectiveUser(stage);
    }

    /** The SHELL instruction in effect at the end of {@code stage}; empty for the default shell. */
    public Optional<Instruction> effectiveShell(Stage stage) {
        return stageGraph().effectiveShell(stage);
    }

    /** The ENV {@code stage} inherits from the stages it is built on ({@code null} values are unknown). */
    public Map<String, String> inheritedEnv(Stage stage) {
        return stageGraph().inheritedEnv(stage);
    }

    /** The global ARGs as a variable scope (computed once). */
    public Variables globalVariables() {
        Variables vars = globalVariables;
        if (vars == null) {
            vars = Variables.global(this);
            globalVariables = vars;
        }
        return vars;
    }

    /** The variable scopes of the stages, computed as they are asked for (see {@link Variables#at}). */
    VariableScopes variableScopes() {
        VariableScopes scopes = variableScopes;
        if (scopes == null) {
            scopes = new VariableScopes(this);
            variableScopes = scopes;
        }
        return scopes;
    }

    /** The comment lines directly above {@code instruction}, top to bottom (no blank line in between). */
    public List<Comment> commentsAbove(Instruction instruction) {
        int above = instruction.startLine() - 1;
        if (above < 0 || !commentLines.get(above)) {
            return List.of(); // most instructions: asked for every one of them, per keystroke
        }
        int first = commentLines.previousClearBit(above) + 1;
        int at = firstCommentOnOrAfter(first);
        List<Comment> block = new ArrayList<>(above - first + 1);
        for (; at < comments.size() && comments.get(at).line() <= above; at++) {
            if (!comments.get(at).insideInstruction()) {
                block.add(comments.get(at));
            }
        }
        return block;
    }

    /**
     * The instruction that {@code comment} stands directly above, as one of its {@link #commentsAbove}
     * (only comment lines between them); empty for a comment inside an instruction or followed by a
     * blank line or the end of the file.
     */
    public Optional<Instruction> instructionBelow(Comment comment) {
        if (comment.insideInstruction() || !commentLines.get(comment.line())) {
            return Optional.empty();
        }
        int below = commentLines.nextClearBit(comment.line());
        int lo = 0;
        int hi = instructions.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int start = instructions.get(mid).startLine();
            if (start < below) {
                lo = mid + 1;
            } else if (start > below) {
                hi = mid - 1;
            } else {
                return Optional.of(instructions.get(mid));
            }
        }
        return Optional.empty();
    }

    /** The index of the first of {@link #comments} (sorted by line) on {@code line} or after it. */
    private int firstCommentOnOrAfter(int line) {
        int lo = 0;
        int hi = comments.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (comments.get(mid).line() < line) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The top-level instruction whose range holds {@code offset}. */
    public Optional<Instruction> instructionAt(int offset) {
        int lo = 0;
        int hi = instructions.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Instruction candidate = instructions.get(mid);
            if (candidate.endOffset() < offset) {
                lo = mid + 1;
            } else if (candidate.startOffset() > offset) {
                hi = mid - 1;
            } else {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * What a FROM builds on: its image resolved over the global ARG defaults, an earlier stage
     * (names compared case-insensitively), {@code scratch}, or unknown when a variable has no known
     * value or the reference is malformed.
     */
    public ImageRef baseImage(FromInstruction from) {
        ImageRef known = baseImages.get(from.origin());
        if (known == null) {
            known = resolveBase(from);
            baseImages.put(from.origin(), known);
        }
        return known;
    }

    private ImageRef resolveBase(FromInstruction from) {
        Optional<Word> image = from.image();
        if (image.isEmpty()) {
            return ImageRef.unknown("");
        }
        Optional<String> resolved = globalVariables().expand(image.get().text());
        if (resolved.isEmpty()) {
            return ImageRef.unknown(image.get().text());
        }
        String name = resolved.get();
        int current = from.stageIndex() < 0 ? stagesByIndex.size() : from.stageIndex();
        if (stage(name).filter(s -> s.index() < current).isPresent()) {
            return ImageRef.stage(name);
        }
        return ImageRef.parse(name);
    }

    /**
     * The indexes of the stages {@code at} (a COPY, ADD or RUN) reads from, as {@link StageGraph}
     * found them for this parse or the previous one with the same FROM lines; null when not known.
     */
    int[] knownStageTargets(Instruction at) {
        int[] known = stageTargets.get(at.origin());
        Map<Object, int[]> earlier = earlierStageTargets;
        if (known == null && earlier != null) {
            known = earlier.get(at.origin());
            if (known != null) {
                stageTargets.put(at.origin(), known);
            }
        }
        return known;
    }

    /** Keeps what {@link StageGraph} found {@code at} to read from, for the next parse. */
    void knowStageTargets(Instruction at, int[] targets) {
        stageTargets.put(at.origin(), targets);
    }

    /** Called once the stage graph is built: every instruction it needs has been asked for. */
    void forgetEarlierStageTargets() {
        earlierStageTargets = null;
    }

    /**
     * What {@code COPY --from=…} or {@code RUN --mount=from=…} at {@code at} reads: a stage (by name,
     * anywhere in the file, or by index), or an image resolved over the variables in scope there.
     */
    public ImageRef sourceImage(String raw, Instruction at) {
        // the scope is only worth building when there is something to expand
        Optional<String> resolved = raw.indexOf('$') < 0
                ? Variables.none(escape).expand(raw)
                : Variables.at(this, at).expand(raw);
        if (resolved.isEmpty()) {
            return ImageRef.unknown(raw);
        }
        String name = resolved.get();
        if (!name.isEmpty() && name.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return ImageRef.stage(name);
        }
        if (stage(name).isPresent()) {
            return ImageRef.stage(name);
        }
        return ImageRef.parse(name);
    }

    /**
     * The shell that runs {@code instruction}'s shell form: the last SHELL before it in its stage
     * chain, a {@code # hadolint shell=…} comment, or the platform default.
     */
    public EffectiveShell shellAt(Instruction instruction) {
        return derived(ShellIndex.class, ShellIndex::new).at(instruction);
    }

    /**
     * A fact computed from this (immutable) file once and shared by every rule that asks with the same
     * key, e.g. a per-file index. {@code compute} must not ask for the same key.
     */
    @SuppressWarnings("unchecked")
    public <V> V derived(Object key, Function<Dockerfile, V> compute) {
        Object value = derived.get(key);
        if (value == null) {
            value = compute.apply(this);
            Object raced = derived.putIfAbsent(key, value);
            if (raced != null) {
                value = raced;
            }
        }
        return (V) value;
    }
}
