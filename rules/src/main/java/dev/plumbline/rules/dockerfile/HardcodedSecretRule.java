package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.secrets.CredentialFormats;
import dev.plumbline.syntax.dockerfile.Dockerfile;

/**
 * A credential in a known format written in the Dockerfile (ENV/ARG defaults, LABEL, RUN, heredocs,
 * comments): it is in the repository and, outside comments, in the image.
 */
public final class HardcodedSecretRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/hardcoded-secret", "Hard-coded secret", Severity.ERROR,
            Language.DOCKERFILE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        for (CredentialFormats.Match match : CredentialFormats.find(context.document().text())) {
            context.report(match.start(), match.end(), "This looks like " + match.kind()
                    + " written into the Dockerfile; revoke it and pass it with RUN --mount=type=secret instead");
        }
    }
}
