package dev.plumbline.rules.dockerfile.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.config.Config;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Language;
import dev.plumbline.engine.ModelParts;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleRegistry;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.DockerfileParser;
import dev.plumbline.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The rules listed as part-local find about each stage, on a view of that stage and the stages it is
 * built on, exactly what they find about it in the whole file, over every sample Dockerfile.
 */
class LocalRulesTest {

    private static final RuleRegistry REGISTRY = BuiltinRules.registry();
    private static final DockerfileParts PARTS = new DockerfileParts();

    @Test
    void everyLocalRuleIsARegisteredDockerfileRule() {
        Set<String> unknown = new TreeSet<>(LocalRules.LOCAL);
        dockerfileRules().forEach(r -> unknown.remove(r.meta().id()));
        assertEquals(Set.of(), unknown);
    }

    @Test
    void localRulesFindOnAViewOfEachStageWhatTheyFindThereInTheWholeFile() {
        // every rule is tried, so the report also shows which rules could not be local, and why
        Map<String, String> differing = new TreeMap<>();
        for (DockerfileSamples.Sample sample : DockerfileSamples.all()) {
            TextDocument document = TextDocument.of("file:///w/" + sample.name(), "dockerfile", 1, sample.text());
            Dockerfile model = DockerfileParser.parse(document);
            List<ModelParts.Part> parts = PARTS.parts(model);
            List<Dockerfile> views = parts.stream().map(p -> PARTS.restrict(model, List.of(p))).toList();
            for (Rule<Dockerfile> rule : dockerfileRules()) {
                if (differing.containsKey(rule.meta().id())) {
                    continue;
                }
                List<String> whole = render(run(rule, model, document));
                List<String> pieces = new ArrayList<>();
                for (int i = 0; i < parts.size(); i++) {
                    ModelParts.Part part = parts.get(i);
                    for (Finding f : run(rule, views.get(i), document)) {
                        int line = f.range().start().line();
                        if (line >= part.startLine() && line <= Math.max(part.startLine(), part.lastLine())) {
                            pieces.add(render(f));
                            if (!editsInside(f, part)) {
                                pieces.add("a fix edits outside the stage: " + render(f));
                            }
                        }
                    }
                }
                whole.sort(null);
                pieces.sort(null);
                if (!whole.equals(pieces)) {
                    differing.put(rule.meta().id(), sample.name() + ": whole " + whole + " vs parts " + pieces);
                }
            }
        }
        StringBuilder report = new StringBuilder();
        differing.forEach((id, why) -> report.append(id).append("  ").append(why, 0, Math.min(300, why.length()))
                .append('\n'));
        System.out.println("Rules that find something else on a view of a stage (not part-local):\n" + report);
        Set<String> wrong = new TreeSet<>(differing.keySet());
        Set<String> local = new TreeSet<>(LocalRules.LOCAL);
        wrong.retainAll(local);
        assertEquals(Set.of(), wrong, report.toString());
    }

    /**
     * True when every fix of {@code finding} edits only its part's lines (up to the start of the line
     * after it): cached findings move with their part, and so do their fixes.
     */
    private static boolean editsInside(Finding finding, ModelParts.Part part) {
        int last = Math.max(part.startLine(), part.lastLine());
        return finding.fixes().stream().flatMap(fix -> fix.edits().stream()).allMatch(edit ->
                edit.range().start().line() >= part.startLine()
                        && (edit.range().end().line() <= last
                        || edit.range().end().line() == last + 1 && edit.range().end().character() == 0));
    }

    @SuppressWarnings("unchecked")
    private static List<Rule<Dockerfile>> dockerfileRules() {
        return REGISTRY.binding(Language.DOCKERFILE).orElseThrow().rules().stream()
                .map(r -> (Rule<Dockerfile>) r).toList();
    }

    private static List<Finding> run(Rule<Dockerfile> rule, Dockerfile model, TextDocument document) {
        RuleContext<Dockerfile> context = new RuleContext<>(rule.meta(), model, document, Config.DEFAULT,
                Cancellation.NONE);
        try {
            rule.check(context);
        } catch (RuntimeException e) {
            return List.of(new Finding("threw", dev.plumbline.engine.Severity.ERROR, e.toString(),
                    dev.plumbline.text.Range.of(0, 0, 0, 0), List.of(), List.of()));
        }
        return context.findings();
    }

    static List<String> render(List<Finding> findings) {
        List<String> out = new ArrayList<>();
        findings.forEach(f -> out.add(render(f)));
        return out;
    }

    static String render(Finding f) {
        return f.range() + " " + f.ruleId() + " " + f.severity() + " " + f.message() + " " + f.fixes() + " " + f.peers();
    }
}
