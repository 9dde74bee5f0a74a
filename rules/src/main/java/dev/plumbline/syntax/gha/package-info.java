/**
 * GitHub Actions files as typed views over the positioned YAML of {@link dev.plumbline.syntax.yaml}:
 * nothing is decoded into objects, so every key and value keeps its exact range.
 *
 * <h2>Entry points</h2>
 * {@link dev.plumbline.syntax.gha.WorkflowFile#parse} gives a
 * {@link dev.plumbline.syntax.gha.WorkflowFile}: a {@link dev.plumbline.syntax.gha.Workflow}
 * ({@code on}, {@code permissions}, {@code env}, {@code defaults}, {@link dev.plumbline.syntax.gha.Job}s
 * with their {@link dev.plumbline.syntax.gha.Step}s) or, for {@code action.yml}, an
 * {@link dev.plumbline.syntax.gha.ActionMetadata} whose {@code runs.steps} are steps too.
 * {@link dev.plumbline.syntax.gha.UsesRef} parses {@code uses:} values with the ranges of their parts;
 * {@link dev.plumbline.syntax.gha.RunScript} is a {@code run:} script with its effective shell and
 * its shell commands, each word ranged exactly in the workflow file
 * ({@link dev.plumbline.syntax.gha.ScalarText} does the mapping). {@code Workflow.triggers()} gives the
 * events of {@code on:} in any of its shapes as {@link dev.plumbline.syntax.gha.Trigger}s. Steps of a
 * step's {@code parallel:} group are steps of their job, right after the group step.
 * {@link dev.plumbline.syntax.gha.WorkflowFile#schemaProblems()} checks the file against Plumbline's
 * schema ({@link dev.plumbline.syntax.gha.schema}).
 * {@link dev.plumbline.syntax.gha.WorkflowFile#expressions()} gives the {@code ${{ }}} expressions of
 * the file with their places and types (package {@code dev.plumbline.syntax.gha.expr}).
 *
 * <h2>Garbage in</h2>
 * Views never throw on odd shapes: {@code jobs:} as a list gives no jobs, a step that is a string is
 * a step without keys, null values read as absent. Every view offers {@code mapping()} and
 * {@code get(key)} for keys without an accessor of their own.
 */
package dev.plumbline.syntax.gha;
