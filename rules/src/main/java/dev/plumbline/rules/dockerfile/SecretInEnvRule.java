package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.RunCommand;
import dev.plumbline.rules.dockerfile.support.SecretNames;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.KeyValueInstruction;

/** An ENV whose name looks like a secret: its value is baked into every layer after it and into the image config. */
public final class SecretInEnvRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/secret-in-env", "Secret-like name in ENV", Severity.WARNING,
            Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL3064"), PeerId.of(PeerId.BUILDKIT, "SecretsUsedInArgOrEnv"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        for (Instruction instruction : context.model().instructions()) {
            if (RunCommand.effective(instruction) instanceof KeyValueInstruction env && env.isEnv()) {
                for (KeyValueInstruction.Pair pair : env.pairs()) {
                    String word = SecretNames.secretWord(pair.key().value());
                    if (word != null && !SecretNames.isPath(pair.value().value())) {
                        context.report(pair.key().range(), "ENV " + pair.key().value() + " looks like a secret (\"" + word
                                + "\"): its value is stored in the image for anyone who pulls it; use RUN --mount=type=secret");
                    }
                }
            }
        }
    }
}
