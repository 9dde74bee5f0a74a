package dev.plumbline.syntax.gha.schema;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plumbline's schema of GitHub Actions files, written from GitHub's documented workflow and
 * metadata syntax: every key with its type, allowed values, meaning and whether it takes
 * {@code ${{ }}}; the events with their activity types and filters; the token's permission scopes;
 * the GitHub-hosted runner labels. Loaded once, on first use, from {@code gha-schema/schema.yaml}.
 * Validation is {@link SchemaValidator}; for hover and completion, {@link SchemaSite#locate} finds the
 * key and type at a place in a file.
 */
public final class GhaSchema {

    private static final String RESOURCE = "/gha-schema/schema.yaml";

    private final Map<String, SchemaType> types;
    private final Map<String, EventSpec> events;
    private final Map<String, PermissionScope> permissions;
    private final Map<String, RunnerLabel> runners;
    private final Set<String> selfHostedLabels;

    GhaSchema(Map<String, SchemaType> types, Map<String, EventSpec> events, Map<String, PermissionScope> permissions,
            Map<String, RunnerLabel> runners, Set<String> selfHostedLabels) {
        this.types = types;
        this.events = events;
        this.permissions = permissions;
        this.runners = runners;
        this.selfHostedLabels = selfHostedLabels;
    }

    private static final class Holder {
        static final GhaSchema INSTANCE = SchemaLoader.load(RESOURCE);
    }

    /** The schema, loaded on first use. */
    public static GhaSchema get() {
        return Holder.INSTANCE;
    }

    /** The root type of a workflow file. */
    public SchemaType workflow() {
        return type("workflow").orElseThrow();
    }

    /** The root type of an action's metadata file. */
    public SchemaType action() {
        return type("action").orElseThrow();
    }

    /** A named type ({@code job}, {@code step}, {@code container-settings} …). */
    public Optional<SchemaType> type(String name) {
        return Optional.ofNullable(types.get(name));
    }

    /** Every event, by name, in schema order. */
    public Collection<EventSpec> events() {
        return events.values();
    }

    public Optional<EventSpec> event(String name) {
        return Optional.ofNullable(events.get(name));
    }

    /** Every permission scope, in schema order. */
    public Collection<PermissionScope> permissionScopes() {
        return permissions.values();
    }

    public Optional<PermissionScope> permissionScope(String name) {
        return Optional.ofNullable(permissions.get(name));
    }

    /** The GitHub-hosted runner labels, current and retired, in schema order. */
    public Collection<RunnerLabel> runnerLabels() {
        return runners.values();
    }

    public Optional<RunnerLabel> runnerLabel(String name) {
        return Optional.ofNullable(runners.get(name));
    }

    /** Labels GitHub gives self-hosted runners by default ({@code self-hosted}, {@code linux}, {@code x64} …). */
    public Set<String> selfHostedLabels() {
        return selfHostedLabels;
    }

    /** Names of the current (not retired) hosted labels. */
    public List<String> currentRunnerLabels() {
        return runners.values().stream().filter(r -> !r.retired()).map(RunnerLabel::name).toList();
    }
}
