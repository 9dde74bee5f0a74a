package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.Instructions;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.KeyValueInstruction;
import java.util.List;
import java.util.Optional;

/** A LABEL key outside Docker's recommended format, or in a namespace Docker reserves. */
public final class LabelKeyInvalidRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/label-key-invalid", "Invalid label key",
            Severity.HINT, Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL3048"));

    private static final List<String> RESERVED = List.of("com.docker.", "io.docker.", "org.dockerproject.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        for (Instruction instruction : Instructions.withTriggers(context.model())) {
            if (!(instruction instanceof KeyValueInstruction kv) || !kv.is("LABEL")) {
                continue;
            }
            for (KeyValueInstruction.Pair pair : kv.pairs()) {
                String key = pair.key().value();
                if (!key.contains("$")) {
                    problem(key).ifPresent(p -> context.report(pair.key().range(), "Label key \"" + key + "\" " + p));
                }
            }
        }
    }

    static Optional<String> problem(String key) {
        for (String namespace : RESERVED) {
            if (key.startsWith(namespace)) {
                return Optional.of("is in the namespace " + namespace + ", which Docker reserves for itself");
            }
        }
        if (!key.chars().allMatch(LabelKeyInvalidRule::isKeyChar)) {
            return Optional.of(key.chars().anyMatch(Character::isUpperCase)
                    ? "has upper-case letters; label keys are lower case (reverse-DNS, e.g. org.example.team)"
                    : "may only hold lower-case letters, digits, ., _, / and -");
        }
        if (key.isEmpty() || key.charAt(0) < 'a' || key.charAt(0) > 'z') {
            return Optional.of("must start with a letter");
        }
        char last = key.charAt(key.length() - 1);
        if (!(last >= 'a' && last <= 'z' || last >= '0' && last <= '9')) {
            return Optional.of("must end with a letter or digit");
        }
        if (key.contains("..") || key.contains("--")) {
            return Optional.of("must not hold two separators in a row (.. or --)");
        }
        return Optional.empty();
    }

    private static boolean isKeyChar(int c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '/' || c == '-';
    }
}
