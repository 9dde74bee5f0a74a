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

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private WorkflowRuleTimes() {
    }

    /** This thread's CPU time: on a machine shared with other work, wall time would mostly measure the others. */
    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    public static void main(String[] args) {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        TextDocument document = TextDocument.of("file:///w/.github/workflows/ci.yml", "yaml", 1,
                WorkflowGenerator.generate(lines, 42));
        if (args.length > 2 && args[2].equals("keystrokes")) {
            keystrokes(document, rounds * 10);
            return;
        }
        WorkflowLanguage language = new WorkflowLanguage();
        List<Rule<WorkflowFile>> rules = WorkflowRules.all();
        long[] totals = new long[rules.size()];
        long parse = 0;
        for (int round = 0; round < rounds * 2; round++) {
            boolean measure = round >= rounds; // the first half warms up
            for (int i = 0; i < rules.size(); i++) {
                long t0 = cpu();
                WorkflowFile model = language.parse(document, Cancellation.NONE);
                long t1 = cpu();
                Rule<WorkflowFile> rule = rules.get(i);
                rule.check(new RuleContext<>(rule.meta(), model, document, Config.DEFAULT, Cancellation.NONE));
                long t2 = cpu();
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
        keystrokes(document, rounds * 10);
    }

    /** The editor's path as the benchmark runs it, timed in CPU time: median and 90th percentile. */
    private static void keystrokes(TextDocument start, int count) {
        dev.plumbline.engine.Analyzer analyzer = new dev.plumbline.engine.Analyzer(dev.plumbline.rules.BuiltinRules.registry());
        TextDocument document = start;
        dev.plumbline.engine.AnalysisResult previous = analyzer.analyze(document, "ci.yml", Config.DEFAULT, null, null,
                Cancellation.NONE);
        Keystrokes keystrokes = new Keystrokes(7);
        long[] times = new long[count];
        long[] parses = new long[count];
        for (int round = 0; round < count * 2; round++) {
            // a character typed, then taken out again; the removal is the keystroke measured
            for (boolean removal : new boolean[] {false, true}) {
                long t0 = cpu();
                document = keystrokes.next(document, "x");
                previous = analyzer.analyze(document, "ci.yml", Config.DEFAULT, null, previous, Cancellation.NONE);
                long t1 = cpu();
                new WorkflowLanguage().parse(document, Cancellation.NONE);
                long t2 = cpu();
                if (round >= count && removal) {
                    times[round - count] = t1 - t0;
                    parses[round - count] = t2 - t1;
                }
            }
        }
        java.util.Arrays.sort(times);
        java.util.Arrays.sort(parses);
        System.out.printf("keystroke p50 %8.3f ms  p90 %8.3f ms   (parse alone p50 %8.3f ms)%n", times[count / 2] / 1e6,
                times[count * 9 / 10] / 1e6, parses[count / 2] / 1e6);
    }
}
