package dev.plumbline.rules.gha.features;

import dev.plumbline.syntax.gha.KnownAction;
import dev.plumbline.syntax.gha.KnownActions;
import dev.plumbline.syntax.gha.UsesRef;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlPath;
import java.util.List;
import java.util.Optional;

/** What the bundled {@link KnownActions} table says about the action a step uses: for hover and {@code with:} completion. */
final class ActionHelp {

    private ActionHelp() {
    }

    /** The action of the step whose {@code with:} holds the last key of {@code path}. */
    static Optional<KnownAction> actionOfWith(YamlPath path) {
        List<YamlPath.Step> steps = path.steps();
        if (steps.size() < 2 || !(steps.get(steps.size() - 2) instanceof YamlPath.Key with) || !with.key().equals("with")) {
            return Optional.empty();
        }
        return actionOf(with.mapping());
    }

    /** The known action a step mapping's {@code uses:} names. */
    static Optional<KnownAction> actionOf(YamlMapping step) {
        return step.getScalar("uses").filter(s -> !s.isNull()).map(UsesRef::of).flatMap(KnownActions::lookup);
    }

    static String actionText(KnownAction action) {
        StringBuilder text = new StringBuilder("Action **").append(action.name()).append("**");
        if (!action.description().isEmpty()) {
            text.append("\n\n").append(action.description());
        }
        if (!action.inputs().isEmpty()) {
            text.append("\n\nInputs:");
            for (KnownAction.Input input : action.inputs().values()) {
                text.append("\n- `").append(input.name()).append('`');
                if (input.required()) {
                    text.append(" (required)");
                }
                input.defaultValue().filter(d -> !d.isEmpty()).ifPresent(d -> text.append(" default `").append(d).append('`'));
                if (!input.description().isEmpty()) {
                    text.append(": ").append(input.description());
                }
            }
        }
        if (!action.outputs().isEmpty()) {
            text.append("\n\nOutputs: ").append(String.join(", ", action.outputs().keySet().stream()
                    .map(o -> "`" + o + "`").toList())).append('.');
        }
        return text.toString();
    }

    static String inputText(KnownAction action, KnownAction.Input input) {
        StringBuilder text = new StringBuilder("Input **").append(input.name()).append("** of `").append(action.name())
                .append('`').append(input.required() ? " (required)" : "");
        if (!input.description().isEmpty()) {
            text.append("\n\n").append(input.description());
        }
        input.defaultValue().filter(d -> !d.isEmpty()).ifPresent(d -> text.append("\n\nDefault: `").append(d).append('`'));
        input.deprecation().ifPresent(d -> text.append("\n\nDeprecated: ").append(d));
        return text.toString();
    }
}
