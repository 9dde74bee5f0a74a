package dev.plumbline.rules.gha.support;

import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;

/** Every {@code if:} of a file (jobs, steps, parallel groups, composite steps) and the {@code ${{ }}} spans in a text. */
public final class Conditions {

    /** One {@code if:} entry and the mapping it belongs to. */
    public record Site(YamlMapping owner, YamlEntry entry, YamlScalar value) {
    }

    /** A {@code ${{ … }}} in a text: [start, end) including the braces. */
    public record Span(int start, int end) {
    }

    private Conditions() {
    }

    public static List<Site> of(WorkflowFile file) {
        List<YamlMapping> owners = new ArrayList<>();
        for (Job job : file.jobs()) {
            job.mapping().ifPresent(owners::add);
            owners.addAll(StepMappings.of(job.steps()));
        }
        file.action().ifPresent(action -> owners.addAll(StepMappings.of(action.steps())));
        List<Site> out = new ArrayList<>();
        for (YamlMapping owner : owners) {
            owner.entry("if").ifPresent(entry -> entry.value().asScalar().filter(s -> !s.isNull())
                    .ifPresent(value -> out.add(new Site(owner, entry, value))));
        }
        return out;
    }

    /**
     * The {@code ${{ … }}} spans of {@code text}, skipping {@code }}} inside single-quoted strings; null
     * when one is never closed (a syntax error, another rule's).
     */
    public static List<Span> spans(String text) {
        List<Span> out = new ArrayList<>();
        int i = text.indexOf("${{");
        while (i >= 0) {
            int j = i + 3;
            boolean quoted = false;
            int end = -1;
            while (j < text.length()) {
                char c = text.charAt(j);
                if (c == '\'') {
                    quoted = !quoted;
                } else if (!quoted && c == '}' && j + 1 < text.length() && text.charAt(j + 1) == '}') {
                    end = j + 2;
                    break;
                }
                j++;
            }
            if (end < 0) {
                return null;
            }
            out.add(new Span(i, end));
            i = text.indexOf("${{", end);
        }
        return out;
    }
}
