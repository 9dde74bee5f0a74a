package dev.plumbline.syntax.gha.expr;

import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.Step;
import java.util.Optional;

/**
 * Where a string with expressions sits: the workflow key as GitHub's context-availability table
 * writes it ({@code jobs.<job_id>.steps.run}; action files use {@code runs.steps.run},
 * {@code outputs.<output_id>.value} …), the job and step it belongs to, and whether it is a
 * condition ({@code if:}, {@code pre-if:}, {@code post-if:}), which GitHub evaluates even without
 * {@code ${{ }}}.
 *
 * @param key the workflow key
 * @param job the job, or null outside jobs
 * @param step the step, or null outside steps
 * @param condition true for {@code if:}-like keys
 * @param inAction true for a key of an action's metadata file
 */
public record ExpressionPlace(String key, Job job, Step step, boolean condition, boolean inAction) {

    public Optional<Job> jobOf() {
        return Optional.ofNullable(job);
    }

    public Optional<Step> stepOf() {
        return Optional.ofNullable(step);
    }

    /** The contexts and special functions GitHub allows here; empty where the table does not say (action files). */
    public Optional<Availability> availability() {
        return inAction ? Optional.empty() : Availability.of(key);
    }

    /** True for a step's {@code run:} script. */
    public boolean isRunScript() {
        return key.endsWith("steps.run");
    }

    /** True for a step's {@code with:} input (or a value below it). */
    public boolean isStepInput() {
        return key.endsWith("steps.with");
    }

    /**
     * True where the value must be a string, so an object or array written there becomes text:
     * scripts, names, inputs, environment variables, outputs.
     */
    public boolean isStringValued() {
        return key.endsWith(".run") || key.endsWith(".name") || key.equals("run-name") || key.endsWith(".with")
                || key.endsWith("with.<with_id>") || key.endsWith(".env") || key.equals("env")
                || key.endsWith("env.<env_id>") || key.endsWith("working-directory")
                || key.endsWith("outputs.<output_id>") || key.endsWith("outputs.value");
    }
}
