package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.StepMappings;
import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An environment variable name with {@code =}, {@code &} or whitespace in it, in any {@code env:} of
 * a workflow (top level, job, step, container, service) or of an action (Docker {@code runs.env},
 * composite steps). The runner cannot set such a variable.
 */
public final class InvalidEnvNameRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/invalid-env-name", "Malformed environment variable name",
            Severity.ERROR, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ACTIONLINT, "env-var"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        List<YamlMapping> envs = new ArrayList<>();
        WorkflowFile file = context.model();
        file.workflow().flatMap(w -> w.env()).ifPresent(envs::add);
        for (Job job : file.jobs()) {
            job.env().ifPresent(envs::add);
            job.container().flatMap(YamlNode::asMapping).flatMap(c -> c.getMapping("env")).ifPresent(envs::add);
            job.services().ifPresent(services -> services.entries().forEach(e -> e.value().asMapping()
                    .flatMap(s -> s.getMapping("env")).ifPresent(envs::add)));
            StepMappings.of(job.steps()).forEach(s -> s.getMapping("env").ifPresent(envs::add));
        }
        file.action().ifPresent(action -> {
            action.runs().flatMap(r -> r.getMapping("env")).ifPresent(envs::add);
            StepMappings.of(action.steps()).forEach(s -> s.getMapping("env").ifPresent(envs::add));
        });
        for (YamlMapping env : envs) {
            for (YamlEntry entry : env.entries()) {
                Optional<String> name = entry.keyText();
                if (name.isEmpty() || entry.isMergeKey() || name.get().contains("${{")) {
                    continue;
                }
                String bad = problem(name.get());
                if (bad != null) {
                    context.report(entry.key().range(), "Environment variable name \"" + name.get() + "\" " + bad);
                }
            }
        }
    }

    private static String problem(String name) {
        if (name.isEmpty()) {
            return "is empty";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '=') {
                return "contains \"=\", which ends a name";
            }
            if (c == '&') {
                return "contains \"&\"";
            }
            if (Character.isWhitespace(c)) {
                return "contains whitespace";
            }
        }
        return null;
    }
}
