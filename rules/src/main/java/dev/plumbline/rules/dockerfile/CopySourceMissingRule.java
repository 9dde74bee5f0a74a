package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.BuildContext;
import dev.plumbline.rules.dockerfile.support.ContextSource;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import java.util.Optional;

/**
 * A literal local COPY/ADD source that exists in none of the candidate build contexts (the
 * Dockerfile's folder, the workspace root). Sources with wildcards or variables, in folders the
 * index does not walk or that builds create (dist, target, node_modules, …), and everything before
 * the workspace index is complete are left alone.
 */
public final class CopySourceMissingRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/copy-source-missing", "COPY/ADD source does not exist",
            Severity.WARNING, Language.DOCKERFILE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        Optional<BuildContext> build = context.workspace().flatMap(BuildContext::of);
        if (build.isEmpty()) {
            return;
        }
        for (ContextSource copy : ContextSource.all(context.model())) {
            String source = copy.source().value();
            if (!copy.isLiteral() || copy.isWholeContext() || BuildContext.isUnknowable(source)) {
                continue;
            }
            if (build.get().contexts().stream().noneMatch(c -> build.get().exists(c, source))) {
                context.report(copy.source().range(), copy.instruction().name() + " source \"" + source
                        + "\" exists neither next to the Dockerfile nor at the workspace root");
            }
        }
    }
}
