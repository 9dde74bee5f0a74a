package dev.plumbline.rules.gha.support;

import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Every {@code shell:} of a file (steps, job and workflow defaults, composite steps) with the job it applies to. */
public final class Shells {

    /** The shells GitHub knows by name. */
    public static final Set<String> KNOWN = Set.of("bash", "pwsh", "python", "sh", "cmd", "powershell");

    /** One {@code shell:} value and the job it runs in (empty for workflow defaults and composite actions). */
    public record Site(YamlScalar value, Optional<Job> job) {

        /** The program: the first word, lower case, without directory and {@code .exe}. */
        public String program() {
            String trimmed = value.value().trim();
            int space = 0;
            while (space < trimmed.length() && !Character.isWhitespace(trimmed.charAt(space))) {
                space++;
            }
            String program = trimmed.substring(0, space);
            program = program.substring(Math.max(program.lastIndexOf('/'), program.lastIndexOf('\\')) + 1)
                    .toLowerCase(Locale.ROOT);
            return program.endsWith(".exe") ? program.substring(0, program.length() - 4) : program;
        }

        /** True for a command template such as {@code bash -e {0}}. */
        public boolean isTemplate() {
            return value.value().trim().chars().anyMatch(Character::isWhitespace) || value.value().contains("{0}");
        }
    }

    private Shells() {
    }

    public static List<Site> of(WorkflowFile file) {
        List<Site> out = new ArrayList<>();
        file.workflow().flatMap(w -> w.defaultShell()).ifPresent(s -> out.add(new Site(s, Optional.empty())));
        for (Job job : file.jobs()) {
            job.defaultShell().ifPresent(s -> out.add(new Site(s, Optional.of(job))));
            for (YamlMapping step : StepMappings.of(job.steps())) {
                shell(step).ifPresent(s -> out.add(new Site(s, Optional.of(job))));
            }
        }
        file.action().ifPresent(action -> StepMappings.of(action.steps())
                .forEach(step -> shell(step).ifPresent(s -> out.add(new Site(s, Optional.empty())))));
        out.removeIf(site -> site.value().value().contains("${{"));
        return out;
    }

    private static Optional<YamlScalar> shell(YamlMapping step) {
        return step.get("shell").flatMap(YamlNode::asScalar).filter(s -> !s.isNull());
    }
}
