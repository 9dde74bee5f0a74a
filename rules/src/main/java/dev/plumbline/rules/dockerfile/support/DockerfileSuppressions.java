package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Fix;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Severity;
import dev.plumbline.engine.Suppression;
import dev.plumbline.syntax.dockerfile.Comment;
import dev.plumbline.syntax.dockerfile.Directive;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.FromInstruction;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Dockerfile suppressions: ignore comments directly above an instruction, for the rest of a stage or
 * for the whole file, in our syntax and hadolint's; BuildKit's {@code # check=skip=…} (as the parser
 * directive for the file, or directly above an instruction for that instruction) and
 * {@code # check=error=true}; dockerfile-utils' {@code # dockerfile-utils: ignore}; and the edit
 * that writes a new one.
 */
public final class DockerfileSuppressions {

    private DockerfileSuppressions() {
    }

    /** The comment that dockerfile-utils reads as "ignore every problem of the next instruction". */
    public static final String DOCKERFILE_UTILS_IGNORE = "dockerfile-utils: ignore";

    public static List<Suppression> of(Dockerfile dockerfile) {
        TextDocument doc = dockerfile.document();
        Range whole = doc.rangeOf(0, doc.text().length());
        List<Suppression> forInstructions = new ArrayList<>();
        List<Suppression> wider = new ArrayList<>();
        // one pass over the comments (SuppressionComment.parse tells most apart at their first word)
        for (Comment comment : dockerfile.comments()) {
            Optional<SuppressionComment> parsed = SuppressionComment.parse(comment.text());
            if (parsed.isEmpty() || parsed.get().scope() == SuppressionComment.Scope.INSTRUCTION) {
                Optional<Instruction> below = maySuppress(comment, parsed) ? dockerfile.instructionBelow(comment)
                        : Optional.empty();
                if (below.isPresent()) {
                    Range scope = below.get().range();
                    parsed.ifPresent(s -> forInstructions.add(suppression(s, scope)));
                    instructionPeerSuppression(dockerfile, comment, scope).ifPresent(forInstructions::add);
                }
                continue;
            }
            Range scope = parsed.get().scope() == SuppressionComment.Scope.GLOBAL
                    ? whole
                    : new Range(comment.range().start(), stageEnd(dockerfile, comment));
            wider.add(suppression(parsed.get(), scope));
        }
        List<Suppression> out = new ArrayList<>(forInstructions);
        out.addAll(wider);
        dockerfile.directive(Directive.CHECK).map(d -> CheckDirective.parse(d.value()))
                .filter(check -> !check.skip().isEmpty())
                .ifPresent(check -> out.add(new Suppression(whole, PeerId.BUILDKIT, check.skip(), check.skipsAll())));
        return out;
    }

    /**
     * True when {@code comment} may suppress findings on the instruction below it: ours or
     * hadolint's, {@code # dockerfile-utils: ignore}, or a directive look-alike ({@code check=skip=}).
     */
    private static boolean maySuppress(Comment comment, Optional<SuppressionComment> parsed) {
        return parsed.isPresent() || comment.text().indexOf('=') >= 0 || comment.text().contains(DOCKERFILE_UTILS_IGNORE);
    }

    /**
     * A peer's own "ignore the next instruction" comment: {@code # dockerfile-utils: ignore} (every
     * dockerfile-utils code) or {@code # check=skip=A,B} (those BuildKit checks).
     */
    private static Optional<Suppression> instructionPeerSuppression(Dockerfile dockerfile, Comment comment, Range scope) {
        if (comment.content().equals(DOCKERFILE_UTILS_IGNORE)) {
            return Optional.of(new Suppression(scope, DockerfileUtilsIds.TOOL, Set.of(), true));
        }
        if (comment.text().indexOf('=') < 0) {
            return Optional.empty(); // no directive look-alike: most comments, told without reading the line again
        }
        return DirectiveLine.known(dockerfile, comment)
                .filter(d -> d.key().equals(Directive.CHECK))
                .map(d -> CheckDirective.parse(d.value()))
                .filter(check -> !check.skip().isEmpty())
                .map(check -> new Suppression(scope, PeerId.BUILDKIT, check.skip(), check.skipsAll()));
    }

    /**
     * With BuildKit's {@code # check=error=true} directive, findings stamped with a BuildKit check
     * become errors, as they fail that build.
     */
    public static List<Finding> applyCheckErrors(Dockerfile dockerfile, List<Finding> findings) {
        boolean errors = dockerfile.directive(Directive.CHECK).map(d -> CheckDirective.parse(d.value()).error())
                .orElse(false);
        if (!errors) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            boolean buildkit = finding.peers().stream().anyMatch(p -> p.tool().equals(PeerId.BUILDKIT));
            out.add(buildkit ? finding.withSeverity(Severity.ERROR) : finding);
        }
        return out;
    }

    private static Suppression suppression(SuppressionComment comment, Range scope) {
        String tool = comment.tool().equals(SuppressionComment.HADOLINT) ? PeerId.HADOLINT : Suppression.PLUMBLINE;
        return new Suppression(scope, tool, Set.copyOf(comment.ids()), false);
    }

    /**
     * The end of the stage that the first instruction after {@code comment} belongs to (the global
     * part counts as a stage); the file's end when no FROM follows.
     */
    private static Position stageEnd(Dockerfile dockerfile, Comment comment) {
        TextDocument doc = dockerfile.document();
        Position fileEnd = doc.positionAt(doc.text().length());
        List<Instruction> instructions = dockerfile.instructions();
        int next = 0;
        while (next < instructions.size() && instructions.get(next).startLine() <= comment.line()) {
            next++;
        }
        if (next == instructions.size()) {
            return fileEnd;
        }
        int stage = instructions.get(next).stageIndex();
        for (int i = next + 1; i < instructions.size(); i++) {
            if (instructions.get(i) instanceof FromInstruction && instructions.get(i).stageIndex() > stage) {
                Position end = instructions.get(i - 1).range().end();
                return end.isBefore(comment.range().end()) ? comment.range().end() : end;
            }
        }
        return fileEnd;
    }

    /**
     * "Ignore {@code <rule>} on this line": adds the rule to a {@code # plumbline ignore=} comment right
     * above the instruction holding the finding, or inserts such a comment with the instruction's
     * indentation.
     */
    public static Optional<Fix> ignoreFix(Dockerfile dockerfile, TextDocument doc, Finding finding) {
        int offset = doc.offsetAt(finding.range().start());
        Optional<Instruction> holder = dockerfile.instructionAt(offset);
        if (holder.isEmpty()) {
            return Optional.empty();
        }
        Instruction instruction = holder.get();
        String title = "Ignore " + finding.ruleId() + " on this line";
        List<Comment> above = dockerfile.commentsAbove(instruction);
        for (int i = above.size() - 1; i >= 0; i--) {
            Comment comment = above.get(i);
            Optional<SuppressionComment> parsed = SuppressionComment.parse(comment.text());
            if (parsed.isPresent() && parsed.get().tool().equals(SuppressionComment.PLUMBLINE)
                    && parsed.get().scope() == SuppressionComment.Scope.INSTRUCTION) {
                int at = comment.startOffset() + 1 + parsed.get().idsEnd();
                return Optional.of(Fix.of(title, TextEdit.insert(doc.positionAt(at), "," + finding.ruleId())));
            }
        }
        int lineStart = doc.lineIndex().lineStart(instruction.startLine());
        if (lineStart == 0 && doc.text().startsWith("\uFEFF")) {
            lineStart = 1;
        }
        String indent = doc.text().substring(lineStart, instruction.startOffset());
        String comment = indent + "# plumbline ignore=" + finding.ruleId() + doc.lineSeparator();
        return Optional.of(Fix.of(title, TextEdit.insert(doc.positionAt(lineStart), comment)));
    }
}
