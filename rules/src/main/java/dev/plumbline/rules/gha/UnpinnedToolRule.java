package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.RepositoryRoot;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.UsesRef;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.workspace.WorkspaceIndex;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A tool installer whose version floats: an installer action left at its {@code latest} default
 * (azure/setup-helm, azure/setup-kubectl, hashicorp/setup-terraform, aquasecurity/setup-trivy), or
 * setup-node / setup-go / setup-java / setup-python with neither a version input nor a version file
 * input, so the job gets whatever the runner image carries this month. setup-python reads
 * {@code .python-version} by itself: it is reported only when the workspace index shows no such file.
 */
public final class UnpinnedToolRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/unpinned-tool", "Tool version not pinned", Severity.WARNING,
            Language.GITHUB_ACTIONS, PeerId.of(PeerId.ZIZMOR, "unpinned-tools"));

    /** Installers whose version input defaults to the newest release. */
    private static final Map<String, String> LATEST_BY_DEFAULT = Map.of("azure/setup-helm", "version",
            "azure/setup-kubectl", "version", "hashicorp/setup-terraform", "terraform_version",
            "aquasecurity/setup-trivy", "version");

    /** setup-* actions and their version inputs: a version, or a file to read it from. */
    private static final Map<String, List<String>> SETUP = Map.of(
            "actions/setup-node", List.of("node-version", "node-version-file", "version"),
            "actions/setup-go", List.of("go-version", "go-version-file"),
            "actions/setup-java", List.of("java-version", "java-version-file"),
            "actions/setup-python", List.of("python-version", "python-version-file"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        Optional<WorkspaceIndex> index = RepositoryRoot.of(context);
        for (Step step : context.model().steps()) {
            Optional<UsesRef> uses = step.uses().filter(u -> u.kind() == UsesRef.Kind.REMOTE_ACTION && !u.hasExpression());
            if (uses.isEmpty() || (step.get("with").isPresent() && step.with().isEmpty() && !step.get("with").get().isNull())) {
                continue;
            }
            String name = uses.get().name().toLowerCase(Locale.ROOT);
            String latestInput = LATEST_BY_DEFAULT.get(name);
            if (latestInput != null) {
                Optional<YamlScalar> version = input(step, latestInput);
                if (version.isEmpty()) {
                    context.report(uses.get().range(), "\"" + uses.get().name() + "\" installs the newest release when \""
                            + latestInput + "\" is not set; pin a version so builds do not change under you");
                } else if (version.get().value().trim().equalsIgnoreCase("latest")) {
                    context.report(version.get().range(), "\"" + latestInput + ": latest\" installs whatever release is"
                            + " newest on the day; pin a version so builds do not change under you");
                }
                continue;
            }
            List<String> versionInputs = SETUP.get(name);
            if (versionInputs == null || versionInputs.stream().anyMatch(i -> input(step, i).isPresent())) {
                continue;
            }
            if (name.equals("actions/setup-python")
                    && index.map(i -> i.exists(".python-version")).orElse(true)) {
                continue; // reads .python-version itself; without the workspace we cannot tell
            }
            context.report(uses.get().range(), "\"" + uses.get().name() + "\" has no \"" + versionInputs.get(0)
                    + "\" (nor \"" + versionInputs.get(1) + "\"), so the job uses whatever version the runner image"
                    + " carries; pin one");
        }
    }

    private static Optional<YamlScalar> input(Step step, String name) {
        return step.with().flatMap(w -> w.getScalar(name)).filter(s -> !s.isNull() && !s.value().isBlank());
    }
}
