package dev.plumbline.benchmarks;

import dev.plumbline.config.Config;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.rules.gha.WorkflowLanguage;
import dev.plumbline.rules.gha.WorkflowRules;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.text.TextDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a keystroke's time goes in a long workflow: the parse, then each GitHub Actions rule on its
 * own, each on a fresh model (so a rule that pays for a shared, memoized fact such as the expression
 * sites or the schema problems is charged for it). Not a JMH benchmark: a quick, rough profile to
 * find hot rules; {@link WorkflowEditBenchmark} gives the numbers to quote.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.plumbline.benchmarks.WorkflowRuleTimes [lines] [rounds]}
 */
public final class WorkflowRuleTimes {

    private WorkflowRuleTimes() {
    }

    public static void main(String[] args) {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        TextDocument document = TextDocument.of("file:///w/.github/workflows/ci.yml", "yaml", 1,
                WorkflowGenerator.generate(lines, 42));
        WorkflowLanguage language = new WorkflowLanguage();
        List<Rule<WorkflowFile>> rules = WorkflowRules.all();
        long[] totals = new long[rules.size()];
        long parse = 0;
        for (int round = 0; round < rounds * 2; round++) {
            boolean measure = round >= rounds; // the first half warms up
            for (int i = 0; i < rules.size(); i++) {
                long t0 = System.nanoTime();
                WorkflowFile model = language.parse(document, Cancellation.NONE);
                long t1 = System.nanoTime();
                Rule<WorkflowFile> rule = rules.get(i);
                rule.check(new RuleContext<>(rule.meta(), model, document, Config.DEFAULT, Cancellation.NONE));
                long t2 = System.nanoTime();
                if (measure) {
                    parse += t1 - t0;
                    totals[i] += t2 - t1;
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingLong(i -> -totals[i]));
        System.out.printf("parse          %8.3f ms%n", parse / 1e6 / rounds / rules.size());
        long sum = 0;
        for (int i : order) {
            sum += totals[i];
            System.out.printf("%-40s %8.3f ms%n", rules.get(i).meta().id(), totals[i] / 1e6 / rounds);
        }
        System.out.printf("all rules      %8.3f ms%n", sum / 1e6 / rounds);
    }
}
