package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.BuilderFlags;
import dev.plumbline.rules.dockerfile.support.DockerfileUtilsIds;
import dev.plumbline.rules.dockerfile.support.Instructions;
import dev.plumbline.rules.dockerfile.support.Suggestions;
import dev.plumbline.rules.dockerfile.support.Templates;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Flag;
import dev.plumbline.syntax.dockerfile.HealthcheckInstruction;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.text.TextEdit;
import java.util.List;
import java.util.Map;

/** A {@code --flag} the instruction does not accept. */
public final class SyntaxUnknownFlagRule implements Rule<Dockerfile> {

    private static final Map<String, PeerId> PEERS = Map.of(
            "ADD", DockerfileUtilsIds.of("UNKNOWN_ADD_FLAG"),
            "COPY", DockerfileUtilsIds.of("UNKNOWN_COPY_FLAG"),
            "FROM", DockerfileUtilsIds.of("UNKNOWN_FROM_FLAG"),
            "HEALTHCHECK", DockerfileUtilsIds.of("UNKNOWN_HEALTHCHECK_FLAG"));

    static final RuleMeta META = RuleMeta.of("dockerfile/syntax-unknown-flag", "Unknown flag",
            Severity.ERROR, Language.DOCKERFILE, PEERS.get("ADD"), PEERS.get("COPY"), PEERS.get("FROM"),
            PEERS.get("HEALTHCHECK"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        if (Templates.isTemplate(context.model())) {
            return; // not built as written
        }
        for (Instruction instruction : Instructions.withTriggers(context.model())) {
            if (!Instructions.isKnown(instruction) || instruction.flags().isEmpty()
                    // BuildKit does not read the flags of HEALTHCHECK NONE
                    || instruction instanceof HealthcheckInstruction h && h.isNone()) {
                continue;
            }
            String name = instruction.name();
            Map<String, BuilderFlags.Type> known = BuilderFlags.of(name);
            for (Flag flag : instruction.flags()) {
                if (known.containsKey(flag.name())) {
                    continue;
                }
                String written = "--" + flag.name();
                List<PeerId> peers = PEERS.containsKey(name) ? List.of(PEERS.get(name)) : List.of();
                if (known.isEmpty()) {
                    context.report(flag.nameRange(), name + " takes no flags; " + written + " is unknown")
                            .peers(peers.toArray(PeerId[]::new));
                    continue;
                }
                List<String> nearest = Suggestions.nearest(flag.name(), known.keySet(), 2);
                String message = "Unknown flag " + written + " for " + name
                        + (nearest.isEmpty() ? "; it accepts --" + String.join(", --", known.keySet())
                                : "; did you mean --" + String.join(" or --", nearest) + "?");
                RuleContext<Dockerfile>.Report report = context.report(flag.nameRange(), message)
                        .peers(peers.toArray(PeerId[]::new));
                for (String candidate : nearest) {
                    report.fix("Replace with --" + candidate, new TextEdit(flag.nameRange(), "--" + candidate));
                }
            }
        }
    }
}
