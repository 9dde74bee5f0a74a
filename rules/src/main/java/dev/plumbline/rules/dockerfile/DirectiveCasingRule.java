package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.DirectiveLine;
import dev.plumbline.rules.dockerfile.support.DockerfileUtilsIds;
import dev.plumbline.syntax.dockerfile.Directive;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.text.TextEdit;

/** A parser directive whose name is not written in lower case. */
public final class DirectiveCasingRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/directive-casing", "Parser directive name not lowercase",
            Severity.HINT, Language.DOCKERFILE, DockerfileUtilsIds.of("CASING_DIRECTIVE"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        for (Directive directive : context.model().directives()) {
            DirectiveLine.read(context.document(), directive.line())
                    .filter(line -> !line.name().equals(line.key()))
                    .ifPresent(line -> context.report(line.nameRange(context.document()),
                                    "Write the parser directive \"" + line.name() + "\" in lower case")
                            .fix("Change to " + line.key(), new TextEdit(line.nameRange(context.document()), line.key())));
        }
    }
}
