package dev.plumbline.benchmarks;

import dev.plumbline.config.Config;
import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.text.TextDocument;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a keystroke costs in a large multi-document Kubernetes file: one character typed at a random
 * place (and taken out again by the next keystroke), then the analysis the server runs before it
 * publishes diagnostics: the edit applied to the snapshot, the incremental re-parse from the previous
 * model (only the edited document), every built-in Kubernetes rule (part-local rules on the edited
 * document only, the others on the whole file), configuration and suppressions, findings sorted.
 *
 * <p>{@code keystroke} is the editor's path; {@code newLine} types a line break instead (every later
 * document moves); {@code keystrokeWithoutPreviousAnalysis} is a fresh analysis (what {@code check}
 * does per file); {@code reparseOnly} / {@code parseOnly} isolate the parser. Sample mode: read p0.50.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class KubernetesEditBenchmark {

    private static final String URI = "file:///workspace/manifests.yaml";
    private static final String PATH = "manifests.yaml";

    /** How many Deployments the generated file holds (about 37 lines each). */
    @Param("1000")
    public int deployments;

    private Analyzer analyzer;
    private TextDocument document;
    private AnalysisResult previous;
    private KubernetesFile model;
    private Keystrokes keystrokes;

    @Setup(Level.Trial)
    public void setUp() {
        analyzer = new Analyzer(BuiltinRules.registry());
        document = TextDocument.of(URI, "yaml", 1, KubernetesGenerator.generate(deployments, 42));
        previous = analyzer.analyze(document, PATH, Config.DEFAULT, null, null, Cancellation.NONE);
        model = (KubernetesFile) previous.model().orElseThrow();
        keystrokes = new Keystrokes(7);
    }

    @Benchmark
    public int keystroke() {
        document = keystrokes.next(document, "x");
        previous = analyzer.analyze(document, PATH, Config.DEFAULT, null, previous, Cancellation.NONE);
        return previous.findings().size();
    }

    @Benchmark
    public int newLine() {
        document = keystrokes.next(document, "\n");
        previous = analyzer.analyze(document, PATH, Config.DEFAULT, null, previous, Cancellation.NONE);
        return previous.findings().size();
    }

    @Benchmark
    public int keystrokeWithoutPreviousAnalysis() {
        document = keystrokes.next(document, "x");
        return analyzer.analyze(document, PATH, Config.DEFAULT, null, null, Cancellation.NONE).findings().size();
    }

    @Benchmark
    public KubernetesFile reparseOnly() {
        document = keystrokes.next(document, "x");
        model = KubernetesFile.reparse(model, document, Cancellation.NONE);
        return model;
    }

    @Benchmark
    public KubernetesFile parseOnly() {
        document = keystrokes.next(document, "x");
        return KubernetesFile.parse(document, Cancellation.NONE);
    }


    /** Runs the benchmarks of this class with the settings above (the jar's own main runs any selection). */
    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(new String[] {KubernetesEditBenchmark.class.getSimpleName()});
    }
}
