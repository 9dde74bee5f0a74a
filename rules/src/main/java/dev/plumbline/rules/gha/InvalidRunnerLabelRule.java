package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.NearestName;
import dev.plumbline.rules.gha.support.Scalars;
import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.gha.schema.GhaSchema;
import dev.plumbline.syntax.gha.schema.RunnerLabel;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@code runs-on} label that is a near miss of a GitHub-hosted label ({@code ubuntu-lastest}), a
 * retired hosted image ({@code ubuntu-20.04}), or two hosted labels no runner has together. Lists with
 * {@code self-hosted}, runner groups, expressions and labels listed in {@code gha.runnerLabels} are
 * never judged; other unknown labels may be larger runners and are left alone.
 */
public final class InvalidRunnerLabelRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/invalid-runner-label", "Misspelt, retired or contradictory runner label",
            Severity.ERROR, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ACTIONLINT, "runner-label"));

    static final String OPTION = "gha.runnerLabels";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        GhaSchema schema = GhaSchema.get();
        List<String> configured = configured(context);
        List<String> hosted = schema.runnerLabels().stream().map(RunnerLabel::name).toList();
        for (Job job : context.model().jobs()) {
            Optional<YamlNode> runsOn = job.runsOn();
            if (runsOn.isEmpty()) {
                continue;
            }
            Optional<YamlMapping> group = runsOn.get().asMapping();
            if (group.isPresent()) {
                continue; // a runner group: its labels are the organization's own
            }
            List<YamlScalar> labels = Scalars.of(runsOn.get());
            if (labels.stream().anyMatch(l -> Scalars.hasExpression(l) || l.value().equalsIgnoreCase("self-hosted"))) {
                continue;
            }
            List<RunnerLabel> hostedInList = new ArrayList<>();
            for (YamlScalar label : labels) {
                String name = label.value().trim();
                if (configured.stream().anyMatch(name::equalsIgnoreCase)) {
                    continue;
                }
                Optional<RunnerLabel> known = hosted.stream().filter(name::equalsIgnoreCase).findFirst()
                        .flatMap(schema::runnerLabel);
                if (known.isPresent()) {
                    if (known.get().retired()) {
                        String current = (known.get().os().equals("linux") ? "ubuntu" : known.get().os()) + "-latest";
                        var report = context.report(label.range(), "Runner image \"" + name + "\" is retired; GitHub no"
                                + " longer runs jobs on it. Use \"" + current + "\" or a current version");
                        if (label.isPlain() || label.style().isQuoted()) {
                            report.fix("Replace with \"" + current + "\"", new TextEdit(label.range(), current));
                        }
                    } else if (!hostedInList.isEmpty() && hostedInList.stream().noneMatch(h -> h.name().equals(known.get().name()))) {
                        context.report(label.range(), "No runner has both \"" + hostedInList.get(0).name() + "\" and \""
                                + name + "\"; the job would wait forever. Use one label, or a matrix");
                    }
                    hostedInList.add(known.get());
                    continue;
                }
                String lower = name.toLowerCase(Locale.ROOT);
                if (hosted.stream().anyMatch(h -> lower.startsWith(h + "-")) || schema.selfHostedLabels().contains(lower)) {
                    continue; // a larger runner named after a hosted image, or a self-hosted default label
                }
                Optional<String> nearest = NearestName.of(name, schema.currentRunnerLabels());
                if (nearest.isPresent()) {
                    var report = context.report(label.range(), "Runner label \"" + name + "\" is not a GitHub-hosted"
                            + " label; did you mean \"" + nearest.get() + "\"? (If it is your own runner's, list it under"
                            + " gha.runnerLabels in .plumbline.yaml, or self-hosted-runner.labels in .github/actionlint.yaml)");
                    if (label.isPlain() || label.style().isQuoted()) {
                        report.fix("Replace with \"" + nearest.get() + "\"", new TextEdit(label.range(), nearest.get()));
                    }
                }
            }
        }
    }

    private static List<String> configured(RuleContext<WorkflowFile> context) {
        Object value = context.config().options().get(OPTION);
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> out.add(String.valueOf(item)));
        }
        return out;
    }
}
