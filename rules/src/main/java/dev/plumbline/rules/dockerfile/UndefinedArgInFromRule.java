package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.Names;
import dev.plumbline.rules.dockerfile.support.VariableReference;
import dev.plumbline.syntax.dockerfile.ArgInstruction;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.FromInstruction;
import dev.plumbline.syntax.dockerfile.Stage;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.TextEdit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A FROM that uses a variable which is neither a global ARG nor one of BuildKit's predefined ARGs. */
public final class UndefinedArgInFromRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/undefined-arg-in-from", "FROM uses an undeclared ARG",
            Severity.WARNING, Language.DOCKERFILE, PeerId.of(PeerId.BUILDKIT, "UndefinedArgInFrom"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        Dockerfile dockerfile = context.model();
        Set<String> declared = new LinkedHashSet<>();
        for (ArgInstruction arg : dockerfile.globalArgs()) {
            arg.declarations().forEach(d -> declared.add(d.name().value()));
        }
        List<String> candidates = new ArrayList<>(declared);
        candidates.addAll(VariableReference.PREDEFINED);
        for (Stage stage : dockerfile.stages()) {
            FromInstruction from = stage.from();
            List<Word> words = new ArrayList<>();
            from.image().ifPresent(words::add);
            from.platform().flatMap(f -> f.valueWord()).ifPresent(words::add);
            for (Word word : words) {
                for (VariableReference ref : VariableReference.in(word, dockerfile.escapeChar(), dockerfile.document())) {
                    if (declared.contains(ref.name()) || VariableReference.PREDEFINED.contains(ref.name())) {
                        continue;
                    }
                    Optional<String> nearest = Names.nearest(ref.name(), candidates, 2);
                    var report = context.report(ref.nameRange(), "FROM uses $" + ref.name() + ", which is not declared by an"
                            + " ARG before the first FROM" + nearest.map(n -> "; did you mean " + n + "?").orElse(""));
                    String written = dockerfile.document().text().substring(
                            dockerfile.document().offsetAt(ref.nameRange().start()), dockerfile.document().offsetAt(ref.nameRange().end()));
                    if (nearest.isPresent() && written.equals(ref.name())) {
                        report.fix("Replace with " + nearest.get(), new TextEdit(ref.nameRange(), nearest.get()));
                    }
                }
            }
        }
    }
}
