package dev.plumbline.benchmarks;

import dev.plumbline.config.Config;
import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.text.TextDocument;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * {@link WorkflowEditBenchmark#keystroke} measured in CPU time of the analysing thread instead of
 * wall time, for a machine shared with other work, where wall time mostly measures waiting for a
 * core. Same workflow, same edits (a character typed at a random place, then taken out); warms up on
 * as many keystrokes as it measures. {@code java -cp benchmarks/target/benchmarks.jar
 * dev.plumbline.benchmarks.WorkflowKeystrokeCpuTime [keystrokes] [newline] [lines]}
 */
public final class WorkflowKeystrokeCpuTime {

    private static final String URI = "file:///workspace/.github/workflows/ci.yml";
    private static final String PATH = ".github/workflows/ci.yml";

    private WorkflowKeystrokeCpuTime() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        String typed = args.length > 1 && args[1].equals("newline") ? "\n" : "x";
        int lines = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Analyzer analyzer = new Analyzer(BuiltinRules.registry());
        TextDocument document = TextDocument.of(URI, "yaml", 1, WorkflowGenerator.generate(lines, 42));
        AnalysisResult previous = analyzer.analyze(document, PATH, Config.DEFAULT, null, null, Cancellation.NONE);
        Keystrokes keystrokes = new Keystrokes(7);
        long[] nanos = new long[count];
        for (int i = 0; i < 2 * count; i++) {
            long start = threads.getCurrentThreadCpuTime();
            TextDocument next = keystrokes.next(document, typed);
            AnalysisResult result = analyzer.analyze(next, PATH, Config.DEFAULT, null, previous, Cancellation.NONE);
            long spent = threads.getCurrentThreadCpuTime() - start;
            if (i >= count) {
                nanos[i - count] = spent;
            }
            document = keystrokes.next(next, typed);
            previous = analyzer.analyze(document, PATH, Config.DEFAULT, null, result, Cancellation.NONE);
        }
        Arrays.sort(nanos);
        System.out.printf("%d keystrokes (%s), %d lines, %d findings: CPU p50 %.2f ms, p90 %.2f ms, p99 %.2f ms%n",
                count, typed.equals("\n") ? "line break" : "character", document.lineCount(),
                previous.findings().size(), nanos[count / 2] / 1e6, nanos[count * 9 / 10] / 1e6,
                nanos[count * 99 / 100] / 1e6);
    }
}
