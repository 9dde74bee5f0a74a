package dev.plumbline.benchmarks;

/**
 * {@link DockerfileEditBenchmark#keystroke} measured in CPU time of the analysing thread instead of
 * wall time, for a machine shared with other work, where wall time mostly measures waiting for a
 * core. Same file (10,000 lines), same edits (a character typed at a random place, then taken out),
 * default configuration (every rule enabled by default; ShellCheck only when on PATH); warms up on as
 * many keystrokes as it measures. {@code java -cp benchmarks/target/benchmarks.jar
 * dev.plumbline.benchmarks.DockerfileKeystrokeCpuTime [keystrokes] [newline]}
 */
public final class DockerfileKeystrokeCpuTime {

    private DockerfileKeystrokeCpuTime() {
    }

    public static void main(String[] args) {
        CpuTimeKeystrokes.measure("file:///workspace/Dockerfile", "dockerfile", "Dockerfile",
                DockerfileGenerator.generate(10_000, 42), CpuTimeKeystrokes.intArg(args, 0, 500),
                CpuTimeKeystrokes.newline(args));
    }
}
