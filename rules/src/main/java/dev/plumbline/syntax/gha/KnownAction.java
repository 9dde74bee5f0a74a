package dev.plumbline.syntax.gha;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One popular action as Plumbline's bundled table describes it (see {@link KnownActions}).
 *
 * @param name {@code owner/repo[/path]}, lower case
 * @param description what the action does, one line
 * @param inputs the inputs by name, in the action's order; empty when {@link #inputsKnown()} is false
 * @param outputs the outputs by name, in the action's order
 * @param inputsKnown whether {@link #inputs()} lists every input (the table may describe an action
 *     without its inputs)
 * @param currentMajor the newest major version tag, when the action tags majors
 * @param supportedFrom the oldest major that still runs on a supported runtime and backend
 * @param retiredReason why majors below {@link #supportedFrom()} no longer work well; "" when none are
 * @param inputsFrom the oldest major whose inputs {@link #inputs()} describes completely
 * @param inputsTo the newest major whose inputs {@link #inputs()} describes (newer majors may add inputs)
 */
public record KnownAction(String name, String description, Map<String, Input> inputs, Map<String, Output> outputs,
        boolean inputsKnown, OptionalInt currentMajor, OptionalInt supportedFrom, String retiredReason,
        int inputsFrom, int inputsTo) {

    /**
     * One input.
     *
     * @param defaultValue the value the action uses when none is given
     * @param deprecation the action's deprecation message; present only for deprecated inputs
     */
    public record Input(String name, String description, boolean required, Optional<String> defaultValue,
            Optional<String> deprecation) {

        public boolean deprecated() {
            return deprecation.isPresent();
        }
    }

    /** One output. */
    public record Output(String name, String description) {
    }

    public Optional<Input> input(String inputName) {
        return Optional.ofNullable(inputs.get(inputName));
    }

    /** True when the table says every input of major version {@code major} (empty: unknown) is listed. */
    public boolean inputsKnownFor(OptionalInt major) {
        return inputsKnown && (major.isEmpty() || (major.getAsInt() >= inputsFrom && major.getAsInt() <= inputsTo));
    }

    /** True when {@code major} is below the oldest supported major. */
    public boolean isRetired(int major) {
        return supportedFrom.isPresent() && major < supportedFrom.getAsInt();
    }
}
