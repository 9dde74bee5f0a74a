package dev.plumbline.benchmarks;

import dev.plumbline.config.Config;
import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.syntax.gha.WorkflowFile;
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
 * What an editor's keystroke costs in a long GitHub Actions workflow: one character typed at a random
 * place (and taken out again by the next keystroke), then the whole analysis the server runs before
 * it publishes diagnostics: the edit applied to the snapshot, the parse (YAML, workflow model), every
 * built-in GitHub Actions rule, configuration and suppressions, findings sorted.
 *
 * <p>{@code keystroke} is the editor's path; {@code parseOnly} isolates the YAML parse and the model.
 * Sample mode, so JMH reports percentiles: read p0.50.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class WorkflowEditBenchmark {

    private static final String URI = "file:///workspace/.github/workflows/ci.yml";
    private static final String PATH = ".github/workflows/ci.yml";

    /** How long the generated workflow is. */
    @Param("1000")
    public int lines;

    private Analyzer analyzer;
    private TextDocument document;
    private AnalysisResult previous;
    private Keystrokes keystrokes;

    @Setup(Level.Trial)
    public void setUp() {
        analyzer = new Analyzer(BuiltinRules.registry());
        document = TextDocument.of(URI, "yaml", 1, WorkflowGenerator.generate(lines, 42));
        previous = analyzer.analyze(document, PATH, Config.DEFAULT, null, null, Cancellation.NONE);
        keystrokes = new Keystrokes(7);
    }

    @Benchmark
    public int keystroke() {
        document = keystrokes.next(document, "x");
        previous = analyzer.analyze(document, PATH, Config.DEFAULT, null, previous, Cancellation.NONE);
        return previous.findings().size();
    }

    @Benchmark
    public WorkflowFile parseOnly() {
        document = keystrokes.next(document, "x");
        return WorkflowFile.parse(document, Cancellation.NONE);
    }


    /** Runs the benchmarks of this class with the settings above (the jar's own main runs any selection). */
    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(new String[] {WorkflowEditBenchmark.class.getSimpleName()});
    }
}
