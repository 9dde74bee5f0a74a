package dev.plumbline.benchmarks;

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
        String workflow = WorkflowGenerator.generate(CpuTimeKeystrokes.intArg(args, 2, 1000), 42);
        CpuTimeKeystrokes.measure(URI, "yaml", PATH, workflow, CpuTimeKeystrokes.intArg(args, 0, 2000),
                CpuTimeKeystrokes.newline(args));
    }
}
