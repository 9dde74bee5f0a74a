/**
 * Plumbline's own schema of GitHub Actions files, written from GitHub's documented workflow and
 * metadata syntax (not copied from GitHub's JSON schemas), and the code that reads files against it.
 *
 * <h2>Data</h2>
 * {@code gha-schema/schema.yaml} (its format is described at its top), loaded once on first use by
 * {@link dev.plumbline.syntax.gha.schema.GhaSchema#get()}: named {@link dev.plumbline.syntax.gha.schema.SchemaType}s
 * whose keys are {@link dev.plumbline.syntax.gha.schema.SchemaProperty}s (type, required, our own
 * description, the expression contexts the value may use, special functions); every event
 * ({@link dev.plumbline.syntax.gha.schema.EventSpec}: activity types, filters, settings type); token
 * {@link dev.plumbline.syntax.gha.schema.PermissionScope}s and their levels; hosted
 * {@link dev.plumbline.syntax.gha.schema.RunnerLabel}s, current and retired.
 *
 * <h2>Validation</h2>
 * {@link dev.plumbline.syntax.gha.WorkflowFile#schemaProblems()} (computed once per file by
 * {@link dev.plumbline.syntax.gha.schema.SchemaValidator}) lists unknown keys, missing or empty
 * required keys and wrong types as {@link dev.plumbline.syntax.gha.schema.SchemaProblem}s. A type may
 * name an {@code owner} rule (e.g. {@code gha/invalid-event} for {@code on:},
 * {@code gha/invalid-permission} for {@code permissions:}); problems below it carry that owner, so the
 * generic rules ({@code gha/unknown-key}, {@code gha/wrong-type}, {@code gha/missing-required-key})
 * skip them and the owning rule reports them with its own words.
 *
 * <h2>Editor features</h2>
 * {@link dev.plumbline.syntax.gha.schema.SchemaSite#locate} turns a
 * {@link dev.plumbline.syntax.yaml.YamlPath} into the schema's view of that place: the key and its
 * description (hover), the mapping type whose keys may be completed, the enum or boolean values
 * ({@code valueChoices()}), the event, and the contexts {@code ${{ }}} may use there.
 */
package dev.plumbline.syntax.gha.schema;
