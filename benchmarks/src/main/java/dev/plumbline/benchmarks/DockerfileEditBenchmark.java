package dev.plumbline.benchmarks;

import dev.plumbline.config.Config;
import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.DockerfileParser;
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
 * What an editor's keystroke costs in a large Dockerfile: one character typed at a random place (and
 * taken out again by the next keystroke), then the whole analysis the server runs before it publishes
 * diagnostics: the edit applied to the snapshot, the incremental re-parse from the previous model,
 * the part-local rules on the touched stage (the other stages' findings kept), the other rules on the
 * whole file, configuration and suppressions, findings sorted.
 *
 * <p>{@code keystroke} is the editor's path; {@code newLine} types a line break instead (every later
 * stage moves down a line); {@code keystrokeWithoutPreviousModel} the same without
 * incremental parsing (what {@code check} does per file), and {@code reparseOnly} / {@code parseOnly}
 * isolate the parser. Sample mode, so JMH reports percentiles: read p0.50.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DockerfileEditBenchmark {

    private static final String URI = "file:///workspace/Dockerfile";
    private static final String PATH = "Dockerfile";

    /** How long the generated Dockerfile is. */
    @Param("10000")
    public int lines;

    private Analyzer analyzer;
    private TextDocument document;
    private AnalysisResult previous;
    private Dockerfile model;
    private Keystrokes keystrokes;

    @Setup(Level.Trial)
    public void setUp() {
        analyzer = new Analyzer(BuiltinRules.registry());
        document = TextDocument.of(URI, "dockerfile", 1, DockerfileGenerator.generate(lines, 42));
        previous = analyzer.analyze(document, PATH, Config.DEFAULT, null, null, Cancellation.NONE);
        model = (Dockerfile) previous.model().orElseThrow();
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
    public int keystrokeWithoutPreviousModel() {
        document = keystrokes.next(document, "x");
        return analyzer.analyze(document, PATH, Config.DEFAULT, null, null, Cancellation.NONE).findings().size();
    }

    @Benchmark
    public Dockerfile reparseOnly() {
        document = keystrokes.next(document, "x");
        model = DockerfileParser.reparse(model, document, Cancellation.NONE);
        return model;
    }

    @Benchmark
    public Dockerfile parseOnly() {
        document = keystrokes.next(document, "x");
        return DockerfileParser.parse(document, Cancellation.NONE);
    }


    /** Runs the benchmarks of this class with the settings above (the jar's own main runs any selection). */
    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(new String[] {DockerfileEditBenchmark.class.getSimpleName()});
    }
}
