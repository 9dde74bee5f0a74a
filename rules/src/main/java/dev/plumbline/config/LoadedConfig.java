package dev.plumbline.config;

import java.util.List;

/** A configuration file read into a {@link Config}, with the problems found while reading it. */
public record LoadedConfig(Config config, List<ConfigProblem> problems) {

    public LoadedConfig {
        problems = List.copyOf(problems);
    }

    public static LoadedConfig empty() {
        return new LoadedConfig(Config.DEFAULT, List.of());
    }
}
