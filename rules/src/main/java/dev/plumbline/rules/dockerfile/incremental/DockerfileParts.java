package dev.plumbline.rules.dockerfile.incremental;

import dev.plumbline.engine.ModelParts;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.rules.dockerfile.support.Templates;
import dev.plumbline.syntax.dockerfile.Comment;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.Stage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A Dockerfile's parts are its stages (from the FROM line to the line before the next FROM) and the
 * lines before the first stage (directives, global ARGs). A part-local rule ({@link LocalRules}) is
 * checked on a {@link Dockerfile#restrictedTo view} holding the stages an edit touched and the stages
 * they are built on; every other stage is there as its FROM alone.
 *
 * <p>What a stage's findings may depend on, and so what its cached findings are kept under:
 * <ul>
 *   <li>the part identity ({@link StageKey}): the stage's instructions (by {@link Instruction#origin},
 *       which an incremental parse keeps for instructions it only moved), its comments (and those right
 *       above its FROM) and where each sits relative to the part's first line, its index and length,
 *       and the same of every stage it may be built on ({@link StageDependencies}): USER, SHELL, ENV
 *       and shell comments are inherited;</li>
 *   <li>the context, shared by all parts: the text before the first FROM (directives, escape
 *       character, global ARGs, shell comments), every FROM (stage names, count, bases), and whether
 *       the file is a template (syntax rules then stay silent, whichever stage holds the marker).</li>
 * </ul>
 * An edit of a FROM line or of the global lines so re-checks every stage.
 */
public final class DockerfileParts implements ModelParts<Dockerfile> {

    /** The lines before the first stage; {@code lines} is how many. */
    record Prologue(int lines) {
    }

    /** The text before the first FROM and every FROM by origin: what stage dependencies are computed from. */
    private record FromLines(char escape, String prologue, List<Object> froms) {
    }

    @Override
    public List<Part> parts(Dockerfile model) {
        List<Stage> stages = model.stages();
        int lineCount = model.document().lineCount();
        List<Part> out = new ArrayList<>(stages.size() + 1);
        int first = stages.isEmpty() ? lineCount : stages.get(0).from().startLine();
        if (first > 0) {
            out.add(new Part(new Prologue(first), 0, first - 1, null));
        }
        StageKey.Content[] contents = contents(model);
        List<int[]> dependencies = StageDependencies.of(model, fromLines(model));
        for (Stage stage : stages) {
            int[] closure = dependencies.get(stage.index());
            List<StageKey.Content> key = new ArrayList<>(closure.length);
            for (int index : closure) {
                key.add(contents[index]);
            }
            int start = stage.from().startLine();
            int last = start + contents[stage.index()].lines() - 1;
            out.add(new Part(new StageKey(key), start, last, stage.index()));
        }
        return out;
    }

    /** Each stage as written (see {@link StageKey.Content}). */
    private static StageKey.Content[] contents(Dockerfile model) {
        List<Stage> stages = model.stages();
        int lineCount = model.document().lineCount();
        List<Comment> comments = model.comments();
        int nextComment = 0;
        StageKey.Content[] contents = new StageKey.Content[stages.size()];
        List<Object> items = new ArrayList<>();
        // relative lines, unboxed: this runs over every stage on every keystroke
        int[] lines = new int[16];
        for (Stage stage : stages) {
            items.clear();
            int start = stage.from().startLine();
            int last = stage.index() + 1 < stages.size() ? stages.get(stage.index() + 1).from().startLine() - 1
                    : lineCount - 1;
            // the comments right above the FROM (the previous part's last lines) describe the stage
            for (Comment comment : model.commentsAbove(stage.from())) {
                lines = add(lines, items.size(), comment.line() - start);
                items.add(comment.text());
            }
            lines = add(lines, items.size(), 0);
            items.add(stage.from().origin());
            for (Instruction instruction : stage.instructions()) {
                lines = add(lines, items.size(), instruction.startLine() - start);
                items.add(instruction.origin());
            }
            while (nextComment < comments.size() && comments.get(nextComment).line() < start) {
                nextComment++;
            }
            while (nextComment < comments.size() && comments.get(nextComment).line() <= last) {
                Comment comment = comments.get(nextComment++);
                lines = add(lines, items.size(), comment.line() - start);
                items.add(comment.text());
            }
            contents[stage.index()] = new StageKey.Content(stage.index(), last - start + 1, items.toArray(),
                    Arrays.copyOf(lines, items.size()));
        }
        return contents;
    }

    /** {@code lines} with {@code value} at {@code at}, grown when full. */
    private static int[] add(int[] lines, int at, int value) {
        int[] out = at < lines.length ? lines : Arrays.copyOf(lines, 2 * lines.length);
        out[at] = value;
        return out;
    }

    @Override
    public Dockerfile restrict(Dockerfile model, List<Part> parts) {
        Set<Integer> keep = new HashSet<>();
        List<int[]> dependencies = StageDependencies.of(model, fromLines(model));
        for (Part part : parts) {
            if (part.value() instanceof Integer index) {
                // the stages it may be built on come along: it inherits from them
                for (int i : dependencies.get(index)) {
                    keep.add(i);
                }
            }
        }
        return model.restrictedTo(keep);
    }

    @Override
    public boolean isLocal(RuleMeta rule) {
        return LocalRules.isLocal(rule.id());
    }

    @Override
    public Object context(Dockerfile model) {
        return List.of(fromLines(model), Templates.isTemplate(model));
    }

    /** Computed once per model: parts, context and restrict all ask. */
    private static FromLines fromLines(Dockerfile model) {
        return model.derived(FromLines.class, m -> {
            String text = m.document().text();
            String prologue = m.stages().isEmpty() ? text : text.substring(0, m.stages().get(0).from().startOffset());
            List<Object> froms = new ArrayList<>(m.stages().size());
            for (Stage stage : m.stages()) {
                froms.add(stage.from().origin());
            }
            return new FromLines(m.escapeChar(), prologue, List.copyOf(froms));
        });
    }
}
