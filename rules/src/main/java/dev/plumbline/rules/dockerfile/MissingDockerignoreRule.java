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
 * COPY/ADD of the whole build context while no candidate context has a {@code .dockerignore}: the
 * image gets {@code .git}, local {@code .env} files and whatever else lies around. Quiet until the
 * workspace index is complete.
 */
public final class MissingDockerignoreRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/missing-dockerignore", "COPY . without a .dockerignore",
            Severity.INFORMATION, Language.DOCKERFILE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        Optional<BuildContext> build = context.workspace().flatMap(BuildContext::of);
        if (build.isEmpty() || build.get().contexts().stream().anyMatch(c -> build.get().ignoreFile(c).isPresent())) {
            return;
        }
        for (ContextSource copy : ContextSource.all(context.model())) {
            if (copy.isWholeContext()) {
                context.report(copy.source().range(), copy.instruction().name() + " " + copy.source().value()
                        + " copies the whole build context, and there is no .dockerignore: .git, local .env files and build"
                        + " output end up in the image; add a .dockerignore");
            }
        }
    }
}
