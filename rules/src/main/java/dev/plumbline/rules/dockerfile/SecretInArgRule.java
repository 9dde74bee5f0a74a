package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.RunCommand;
import dev.plumbline.rules.dockerfile.support.SecretNames;
import dev.plumbline.syntax.dockerfile.ArgInstruction;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Instruction;

/** An ARG whose name looks like a secret: build arguments are kept in the image history. */
public final class SecretInArgRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/secret-in-arg", "Secret-like name in ARG", Severity.WARNING,
            Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL3064"), PeerId.of(PeerId.BUILDKIT, "SecretsUsedInArgOrEnv"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        for (Instruction instruction : context.model().instructions()) {
            if (RunCommand.effective(instruction) instanceof ArgInstruction arg) {
                for (ArgInstruction.Declaration d : arg.declarations()) {
                    String word = SecretNames.secretWord(d.name().value());
                    if (word != null && !d.defaultValue().map(v -> SecretNames.isPath(v.value())).orElse(false)) {
                        context.report(d.name().range(), "ARG " + d.name().value() + " looks like a secret (\"" + word
                                + "\"): build arguments are visible in the image history; use RUN --mount=type=secret");
                    }
                }
            }
        }
    }
}
