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
 * The loop the three {@code *KeystrokeCpuTime} mains share: type a character (or a line break) at a
 * random place and take it out again, analysing incrementally after each edit with the default
 * configuration, and measure the analysis after the typing in CPU time of this thread (on a shared
 * machine wall time mostly measures waiting for a core). Warms up on as many keystrokes as it measures.
 */
final class CpuTimeKeystrokes {

    private CpuTimeKeystrokes() {
    }

    /**
     * Prints one line with the percentiles.
     *
     * @param path the file's path as {@code check} would give it
     */
    static void measure(String uri, String languageId, String path, String text, int count, boolean newline) {
        String typed = newline ? "\n" : "x";
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Analyzer analyzer = new Analyzer(BuiltinRules.registry());
        TextDocument document = TextDocument.of(uri, languageId, 1, text);
        AnalysisResult previous = analyzer.analyze(document, path, Config.DEFAULT, null, null, Cancellation.NONE);
        Keystrokes keystrokes = new Keystrokes(7);
        long[] nanos = new long[count];
        for (int i = 0; i < 2 * count; i++) {
            long start = threads.getCurrentThreadCpuTime();
            TextDocument next = keystrokes.next(document, typed);
            AnalysisResult result = analyzer.analyze(next, path, Config.DEFAULT, null, previous, Cancellation.NONE);
            long spent = threads.getCurrentThreadCpuTime() - start;
            if (i >= count) {
                nanos[i - count] = spent;
            }
            document = keystrokes.next(next, typed);
            previous = analyzer.analyze(document, path, Config.DEFAULT, null, result, Cancellation.NONE);
        }
        Arrays.sort(nanos);
        System.out.printf("%d keystrokes (%s), %d lines, %d findings: CPU p50 %.2f ms, p90 %.2f ms, p99 %.2f ms%n",
                count, newline ? "line break" : "character", document.lineCount(), previous.findings().size(),
                nanos[count / 2] / 1e6, nanos[count * 9 / 10] / 1e6, nanos[count * 99 / 100] / 1e6);
    }

    /** {@code args[index]} as a number, or {@code otherwise}. */
    static int intArg(String[] args, int index, int otherwise) {
        return args.length > index ? Integer.parseInt(args[index]) : otherwise;
    }

    static boolean newline(String[] args) {
        return args.length > 1 && args[1].equals("newline");
    }
}
