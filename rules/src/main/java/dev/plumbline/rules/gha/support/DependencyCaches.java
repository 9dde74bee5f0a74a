package dev.plumbline.rules.gha.support;

import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code actions/cache} and {@code actions/cache/restore} steps that cache a package manager's
 * dependencies (the npm, yarn, pnpm, pip, Poetry, uv, Maven, Gradle, Go, Cargo, Bundler, NuGet or
 * Composer folders), with the ecosystem and the lockfiles its key should hash. Build caches
 * ({@code ccache}, {@code target} of a compiler) are not dependency caches.
 */
public final class DependencyCaches {

    /** One dependency cache step. */
    public record Cache(Step step, String ecosystem, YamlScalar path, Optional<YamlScalar> key, List<String> keyFiles) {
    }

    /** Path fragments (lower case) by ecosystem, and the files a key for it hashes. */
    private record Ecosystem(String name, List<String> fragments, List<String> keyFiles) {
    }

    private static final List<Ecosystem> ECOSYSTEMS = List.of(
            new Ecosystem("npm", List.of("~/.npm", "node_modules", "/.npm"), List.of("package-lock.json", "npm-shrinkwrap.json")),
            new Ecosystem("yarn", List.of("yarn/cache", ".yarn/cache", "/yarn", ".cache/yarn"), List.of("yarn.lock")),
            new Ecosystem("pnpm", List.of("pnpm-store", ".pnpm-store", "/pnpm/store"), List.of("pnpm-lock.yaml")),
            new Ecosystem("pip", List.of(".cache/pip", "/pip/cache", "appdata/local/pip"),
                    List.of("requirements.txt", "poetry.lock", "uv.lock", "pipfile.lock", "pdm.lock")),
            new Ecosystem("poetry", List.of("pypoetry"), List.of("poetry.lock")),
            new Ecosystem("uv", List.of(".cache/uv"), List.of("uv.lock")),
            new Ecosystem("maven", List.of(".m2/repository", "~/.m2"), List.of("pom.xml")),
            new Ecosystem("gradle", List.of(".gradle/caches", ".gradle/wrapper"),
                    List.of("*.gradle*", "gradle-wrapper.properties", "gradle.lockfile")),
            new Ecosystem("go", List.of("go/pkg/mod", "/go/pkg"), List.of("go.sum")),
            new Ecosystem("cargo", List.of(".cargo/registry", ".cargo/git"), List.of("Cargo.lock")),
            new Ecosystem("bundler", List.of("vendor/bundle"), List.of("Gemfile.lock")),
            new Ecosystem("nuget", List.of(".nuget/packages"), List.of("packages.lock.json")),
            new Ecosystem("composer", List.of("composer/cache", ".composer/cache", "/vendor"), List.of("composer.lock")));

    /** Files whose hash makes a sound dependency-cache key: the lockfiles and build manifests. */
    private static final List<String> KEY_FILE_WORDS = List.of("lock", "shrinkwrap", "pom.xml", "gradle", "go.sum",
            "go.mod", "requirements", "pyproject", "setup.py", "setup.cfg", "package.json", "gemfile", "csproj",
            "cargo.toml", "composer.json", "pipfile", "build.sbt", "environment.y", "packages.config", "mix.exs",
            "pubspec", "podfile", "deps.edn", "project.clj", "global.json", "directory.packages.props", "sln");

    private DependencyCaches() {
    }

    public static List<Cache> of(WorkflowFile file) {
        List<Cache> out = new ArrayList<>();
        for (Step step : file.steps()) {
            Optional<String> name = KnownActions.name(step);
            if (name.isEmpty() || !(name.get().equals("actions/cache") || name.get().equals("actions/cache/restore"))) {
                continue;
            }
            Optional<YamlScalar> path = KnownActions.input(step, "path");
            if (path.isEmpty() || path.get().value().contains("${{")) {
                continue;
            }
            String lower = path.get().value().toLowerCase(Locale.ROOT).replace('\\', '/');
            for (Ecosystem ecosystem : ECOSYSTEMS) {
                if (ecosystem.fragments().stream().anyMatch(lower::contains)) {
                    out.add(new Cache(step, ecosystem.name(), path.get(), KnownActions.input(step, "key"),
                            ecosystem.keyFiles()));
                    break;
                }
            }
        }
        return out;
    }

    /** True when the key hashes a lockfile or build manifest: {@code hashFiles('**}{@code /package-lock.json')}. */
    public static boolean keyHashesDependencies(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        int at = lower.indexOf("hashfiles(");
        while (at >= 0) {
            int close = lower.indexOf(')', at);
            String args = close < 0 ? lower.substring(at) : lower.substring(at, close);
            if (KEY_FILE_WORDS.stream().anyMatch(args::contains)) {
                return true;
            }
            at = lower.indexOf("hashfiles(", at + 1);
        }
        return false;
    }

    /** The text of the key before its first {@code hashFiles}, when that is where the hash starts. */
    public static Optional<String> prefixBeforeHash(String key) {
        int at = key.toLowerCase(Locale.ROOT).indexOf("hashfiles(");
        if (at < 0) {
            return Optional.empty();
        }
        int open = key.lastIndexOf("${{", at);
        if (open <= 0 || !key.substring(open + 3, at).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(key.substring(0, open));
    }

    static Map<String, List<String>> keyFilesByEcosystem() {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        ECOSYSTEMS.forEach(e -> out.put(e.name(), e.keyFiles()));
        return out;
    }
}
