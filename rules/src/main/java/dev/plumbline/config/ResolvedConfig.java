package dev.plumbline.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The configuration that applies to a file, and where it came from.
 *
 * @param config the effective configuration
 * @param configFile the {@code .plumbline.yaml} that was read, if any
 * @param problems what was wrong in that file (reported on the file itself)
 */
public record ResolvedConfig(Config config, Optional<Path> configFile, List<ConfigProblem> problems) {

    public ResolvedConfig {
        problems = List.copyOf(problems);
    }

    public static ResolvedConfig none() {
        return new ResolvedConfig(Config.DEFAULT, Optional.empty(), List.of());
    }

    /**
     * The path the analyzer gets for {@code file}: relative to the configuration's folder (so ignore
     * globs apply) when the file lies below it, otherwise the absolute path; forward slashes.
     */
    public String analysisPath(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Optional<Path> base = configFile.map(p -> p.toAbsolutePath().normalize().getParent());
        Path shown = base.filter(absolute::startsWith).map(b -> b.relativize(absolute)).orElse(absolute);
        return shown.toString().replace('\\', '/');
    }

    /** This resolution with {@code lower} laid under its configuration (e.g. editor settings). */
    public ResolvedConfig over(Config lower) {
        return new ResolvedConfig(lower.overriddenBy(config), configFile, problems);
    }
}
