package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.RunInstruction;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.Range;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A single-stage build that compiles or bundles: the compilers, sources and caches ship in the image.
 * Exempt: a RUN that removes its build dependencies again in the same layer (the official-images
 * pattern of compiling and purging in one step).
 */
public final class SingleStageBuildRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/single-stage-build", "Build tools ship in a single-stage image",
            Severity.WARNING, Language.DOCKERFILE);

    private static final Set<String> COMPILERS = Set.of("make", "gcc", "g++", "cc", "c++", "clang", "javac", "tsc");
    private static final Set<String> MAVEN_GOALS = Set.of("package", "install", "verify");
    private static final Set<String> GRADLE_TASKS = Set.of("build", "assemble", "bootJar", "installDist", "shadowJar");
    private static final Set<String> QUERIES = Set.of("--version", "-version", "-v", "-V", "--help", "-h", "-help");
    private static final Set<String> PURGES = Set.of("del", "purge", "remove", "autoremove", "erase");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        Dockerfile dockerfile = context.model();
        if (dockerfile.stages().size() != 1) {
            return;
        }
        for (Instruction instruction : dockerfile.stages().get(0).instructions()) {
            if (!(instruction instanceof RunInstruction run) || removesBuildDependencies(run.commands())) {
                continue;
            }
            for (Command command : run.commands()) {
                Optional<Range> compile = compileRange(command);
                if (compile.isPresent()) {
                    context.report(compile.get(), "This single-stage image compiles (" + describe(command)
                            + "), so its compilers, sources and caches ship with it; build in a separate stage and COPY --from"
                            + " only the result");
                    return;
                }
            }
        }
    }

    private static String describe(Command command) {
        List<Word> words = command.words();
        return words.size() > 1 && !COMPILERS.contains(command.name()) ? command.name() + " " + words.get(1).value() : command.name();
    }

    /** The command's name (and subcommand) when it compiles or bundles. */
    static Optional<Range> compileRange(Command command) {
        List<Word> words = command.words();
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String name = command.name();
        Word first = words.get(0);
        if (words.stream().skip(1).anyMatch(w -> QUERIES.contains(w.value()))) {
            return Optional.empty(); // javac --version, gcc -v: a smoke test, not a build
        }
        if (COMPILERS.contains(name)) {
            return Optional.of(first.range());
        }
        Optional<Word> sub = subcommand(words);
        boolean compiles = switch (name) {
            case "go" -> sub.map(w -> w.value().equals("build")).orElse(false);
            case "cargo" -> sub.map(w -> w.value().equals("build")).orElse(false);
            case "mvn", "mvnw" -> words.stream().skip(1).anyMatch(w -> MAVEN_GOALS.contains(w.value()));
            case "gradle", "gradlew" -> words.stream().skip(1).anyMatch(w -> GRADLE_TASKS.contains(w.value()));
            case "dotnet" -> sub.map(w -> w.value().equals("build") || w.value().equals("publish")).orElse(false);
            case "npm", "yarn", "pnpm" -> runsBuildScript(name, words);
            default -> false;
        };
        if (!compiles) {
            return Optional.empty();
        }
        Word last = switch (name) {
            case "mvn", "mvnw", "gradle", "gradlew" -> first;
            case "npm", "yarn", "pnpm" -> words.stream().skip(1).filter(w -> w.value().startsWith("build")).findFirst().orElse(first);
            default -> sub.orElse(first);
        };
        return Optional.of(new Range(first.range().start(), last.range().end()));
    }

    private static Optional<Word> subcommand(List<Word> words) {
        return words.stream().skip(1).filter(w -> !w.value().startsWith("-")).findFirst();
    }

    /** {@code npm run build}, {@code yarn build}, {@code yarn run build}, {@code pnpm build}, {@code pnpm run build}. */
    private static boolean runsBuildScript(String tool, List<Word> words) {
        List<String> positional = words.stream().skip(1).map(Word::value).filter(v -> !v.startsWith("-")).toList();
        if (positional.isEmpty()) {
            return false;
        }
        if (positional.get(0).equals("run") || positional.get(0).equals("run-script")) {
            return positional.size() > 1 && positional.get(1).startsWith("build");
        }
        return !tool.equals("npm") && positional.get(0).equals("build");
    }

    private static boolean removesBuildDependencies(List<Command> commands) {
        for (Command command : commands) {
            String name = command.name();
            if (name.equals("apk") || name.equals("apt-get") || name.equals("apt") || name.equals("yum")
                    || name.equals("dnf") || name.equals("microdnf")) {
                if (command.arguments().stream().anyMatch(w -> PURGES.contains(w.value()))) {
                    return true;
                }
            }
        }
        return false;
    }
}
