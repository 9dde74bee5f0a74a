package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.BuildContext;
import dev.plumbline.rules.dockerfile.support.ContextSource;
import dev.plumbline.rules.dockerfile.support.Dockerignore;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import java.util.Optional;

/**
 * A COPY/ADD source that the Dockerfile's {@code .dockerignore} excludes, so the build fails (or
 * copies less than it says). Judged against the Dockerfile's own folder as context; skipped when the
 * ignore file has {@code !} exceptions, and quiet until the workspace index is complete.
 */
public final class CopyIgnoredFileRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/copy-ignored-file", "COPY/ADD source is excluded by .dockerignore",
            Severity.WARNING, Language.DOCKERFILE, PeerId.of(PeerId.BUILDKIT, "CopyIgnoredFile"));

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
        String folder = build.get().contexts().get(0);
        Optional<Dockerignore> ignore = build.get().ignoreFile(folder);
        if (ignore.isEmpty() || ignore.get().hasExceptions()) {
            return;
        }
        for (ContextSource copy : ContextSource.all(context.model())) {
            if (copy.isWholeContext() || copy.source().value().indexOf('$') >= 0) {
                continue;
            }
            ignore.get().excludedBy(copy.source().value()).ifPresent(pattern -> context.report(copy.source().range(),
                    copy.instruction().name() + " source \"" + copy.source().value() + "\" is excluded by the .dockerignore"
                            + " pattern \"" + pattern + "\", so it is not in the build context"));
        }
    }
}
