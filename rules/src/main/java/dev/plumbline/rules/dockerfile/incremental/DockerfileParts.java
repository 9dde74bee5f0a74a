package dev.plumbline.rules.dockerfile.incremental;

import dev.plumbline.engine.ModelParts;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.rules.dockerfile.support.Templates;
import dev.plumbline.syntax.dockerfile.Comment;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.ImageRef;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.Stage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
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
 *       which an incremental parse keeps for instructions it only moved), its comments and where each
 *       sits relative to the part's first line, its index and length, and the same of the stage it is
 *       built on (and so on up its chain: USER, SHELL, ENV and shell comments are inherited);</li>
 *   <li>the context, shared by all parts: the lines before the first stage (directives, escape
 *       character, global ARGs, shell comments) and every FROM (stage names, count, bases).</li>
 * </ul>
 * An edit of a FROM line or of the global lines so re-checks every stage.
 */
public final class DockerfileParts implements ModelParts<Dockerfile> {

    /** The lines before the first stage; {@code lines} is how many. */
    record Prologue(int lines) {
    }

    /**
     * One stage as written, up to a shift by whole lines.
     *
     * @param index the stage's index
     * @param lines how many lines its part spans
     * @param content per instruction its origin and relative line, per comment its text and relative line
     */
    record StageContent(int index, int lines, List<Object> content) {
    }

    /**
     * What a stage's part-local findings depend on: its own content and that of every stage it may be
     * built on (in index order). Equal keys mean equal findings, up to a shift by whole lines.
     */
    record StageKey(List<StageContent> stages) {
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
        List<Comment> comments = model.comments();
        int nextComment = 0;
        StageContent[] contents = new StageContent[stages.size()];
        for (Stage stage : stages) {
            int start = stage.from().startLine();
            int last = stage.index() + 1 < stages.size() ? stages.get(stage.index() + 1).from().startLine() - 1
                    : lineCount - 1;
            List<Object> content = new ArrayList<>(2 * stage.instructions().size() + 2);
            // the comments right above the FROM (the previous part's last lines) describe the stage
            for (Comment comment : model.commentsAbove(stage.from())) {
                content.add(comment.text());
                content.add(comment.line() - start);
            }
            add(content, stage.from(), start);
            for (Instruction instruction : stage.instructions()) {
                add(content, instruction, start);
            }
            while (nextComment < comments.size() && comments.get(nextComment).line() < start) {
                nextComment++;
            }
            while (nextComment < comments.size() && comments.get(nextComment).line() <= last) {
                Comment comment = comments.get(nextComment++);
                content.add(comment.text());
                content.add(comment.line() - start);
            }
            contents[stage.index()] = new StageContent(stage.index(), last - start + 1, content);
        }
        List<int[]> closures = closures(model);
        for (Stage stage : stages) {
            int[] closure = closures.get(stage.index());
            List<StageContent> key = new ArrayList<>(closure.length);
            for (int index : closure) {
                key.add(contents[index]);
            }
            int start = stage.from().startLine();
            int last = start + contents[stage.index()].lines() - 1;
            out.add(new Part(new StageKey(key), start, last, stage.index()));
        }
        return out;
    }

    /**
     * Per stage, the indexes of the stages its findings may depend on, itself included, ascending: the
     * stages it is built on; every earlier stage when its FROM names a variable without a known value
     * (rules then consider each earlier stage whose name could match).
     */
    private static List<int[]> closures(Dockerfile model) {
        List<int[]> out = new ArrayList<>(model.stages().size());
        for (Stage stage : model.stages()) {
            int[] closure;
            if (unresolved(model, stage)) {
                closure = new int[stage.index() + 1];
                for (int i = 0; i <= stage.index(); i++) {
                    closure[i] = i;
                }
            } else {
                Optional<Stage> base = model.baseStage(stage);
                int[] inherited = base.isPresent() ? out.get(base.get().index()) : new int[0];
                closure = java.util.Arrays.copyOf(inherited, inherited.length + 1);
                closure[inherited.length] = stage.index();
            }
            out.add(closure);
        }
        return out;
    }

    private static boolean unresolved(Dockerfile model, Stage stage) {
        return stage.from().image().map(w -> w.text().indexOf('$') >= 0).orElse(false)
                && model.baseImage(stage.from()).kind() == ImageRef.Kind.UNKNOWN;
    }

    private static void add(List<Object> content, Instruction instruction, int partStart) {
        content.add(instruction.origin());
        content.add(instruction.startLine() - partStart);
    }

    @Override
    public Dockerfile restrict(Dockerfile model, List<Part> parts) {
        Set<Integer> keep = new HashSet<>();
        List<int[]> closures = null;
        for (Part part : parts) {
            if (part.value() instanceof Integer index) {
                // the stages it may be built on come along: it inherits from them
                if (closures == null) {
                    closures = closures(model);
                }
                for (int i : closures.get(index)) {
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
    public boolean isLocalAtItsLines(RuleMeta rule) {
        return LocalRules.isLocalAtItsLines(rule.id());
    }

    /**
     * The text before the first FROM, every FROM (by origin, so a moved one is the same), and whether
     * the file is a template (syntax rules then stay silent, whichever stage holds the template marker).
     */
    @Override
    public Object context(Dockerfile model) {
        String text = model.document().text();
        String prologue = model.stages().isEmpty() ? text : text.substring(0, model.stages().get(0).from().startOffset());
        List<Object> froms = new ArrayList<>(model.stages().size());
        for (Stage stage : model.stages()) {
            froms.add(stage.from().origin());
        }
        return List.of(model.escapeChar(), prologue, froms, Templates.isTemplate(model));
    }
}
