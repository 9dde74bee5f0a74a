package dev.plumbline.benchmarks;

/**
 * {@link KubernetesEditBenchmark#keystroke} measured in CPU time of the analysing thread instead of
 * wall time, for a machine shared with other work, where wall time mostly measures waiting for a
 * core. Same file, same edits (a character typed at a random place, then taken out); warms up on as
 * many keystrokes as it measures. {@code java -cp benchmarks/target/benchmarks.jar
 * dev.plumbline.benchmarks.KubernetesKeystrokeCpuTime [keystrokes] [newline]}
 */
public final class KubernetesKeystrokeCpuTime {

    private KubernetesKeystrokeCpuTime() {
    }

    public static void main(String[] args) {
        CpuTimeKeystrokes.measure("file:///workspace/manifests.yaml", "yaml", "manifests.yaml",
                KubernetesGenerator.generate(1000, 42), CpuTimeKeystrokes.intArg(args, 0, 500),
                CpuTimeKeystrokes.newline(args));
    }
}
