package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.CopySources;
import dev.plumbline.rules.dockerfile.support.PackageCommand;
import dev.plumbline.rules.dockerfile.support.RunSite;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.Stage;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.Word;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A dependency manifest is copied in and installed, but its lockfile is not: the install resolves
 * versions anew instead of reproducing the locked set. A COPY of a directory (or of the whole
 * context) may bring the lockfile along, so it counts as copying it: the context is not read.
 */
public final class MissingLockfileRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/missing-lockfile", "Manifest installed without its lockfile",
            Severity.WARNING, Language.DOCKERFILE);

    /** An install command, the manifest it reads and the lockfiles that pin it. */
    private record Installer(String description, String manifest, List<String> lockfiles) {
    }

    private static final Installer NPM = new Installer("npm", "package.json",
            List.of("package-lock.json", "npm-shrinkwrap.json"));
    private static final Installer YARN = new Installer("yarn", "package.json", List.of("yarn.lock"));
    private static final Installer PNPM = new Installer("pnpm", "package.json", List.of("pnpm-lock.yaml"));
    private static final Installer BUN = new Installer("bun", "package.json", List.of("bun.lock", "bun.lockb"));
    private static final Installer BUNDLER = new Installer("bundle", "Gemfile", List.of("Gemfile.lock"));
    private static final Installer GO = new Installer("go", "go.mod", List.of("go.sum"));
    private static final Installer CARGO = new Installer("cargo", "Cargo.toml", List.of("Cargo.lock"));
    private static final Installer COMPOSER = new Installer("composer", "composer.json", List.of("composer.lock"));
    private static final Installer POETRY = new Installer("poetry", "pyproject.toml", List.of("poetry.lock"));
    private static final Installer UV = new Installer("uv", "pyproject.toml", List.of("uv.lock"));
    private static final Installer PDM = new Installer("pdm", "pyproject.toml", List.of("pdm.lock"));

    /** Files commonly named without a dot, so a dotless source is not taken for a directory. */
    private static final Set<String> DOTLESS_FILES = Set.of("Gemfile", "Makefile", "Dockerfile", "Procfile",
            "Rakefile", "LICENSE", "README", "Pipfile", "Brewfile", "Justfile", "Containerfile", "VERSION");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        Dockerfile dockerfile = context.model();
        Set<Integer> reported = new HashSet<>();
        for (RunSite site : RunSite.all(dockerfile)) {
            context.checkCanceled();
            for (Command command : site.commands()) {
                Optional<Installer> installer = installer(command);
                if (installer.isEmpty()) {
                    continue;
                }
                Optional<Word> manifest = manifestWithoutLock(dockerfile, site.stage(), site.owner(), installer.get());
                if (manifest.isPresent() && reported.add(manifest.get().startOffset())) {
                    Installer i = installer.get();
                    context.report(manifest.get().range(), "\"" + i.manifest() + "\" is copied in and installed by "
                            + i.description() + " without its lockfile (" + String.join(" or ", i.lockfiles())
                            + "); copy the lockfile too so the install reproduces the locked versions");
                }
            }
        }
    }

    private static Optional<Installer> installer(Command command) {
        Optional<PackageCommand> p = PackageCommand.of(command);
        if (p.isPresent()) {
            PackageCommand c = p.get();
            if (c.has("help", "h", "version")) {
                return Optional.empty();
            }
            boolean bare = c.subcommand().isEmpty();
            return switch (c.tool()) {
                case NPM -> c.isSubcommand("install", "i", "ci") && c.operands().isEmpty() && !c.has("g", "global")
                        ? Optional.of(NPM) : Optional.empty();
                case YARN -> bare || c.isSubcommand("install") ? Optional.of(YARN) : Optional.empty();
                case PNPM -> c.isSubcommand("install", "i") && c.operands().isEmpty() ? Optional.of(PNPM) : Optional.empty();
                case BUNDLE -> bare || c.isSubcommand("install") ? Optional.of(BUNDLER) : Optional.empty();
                case GO -> c.isSubcommand("mod") && c.operands().size() == 1 && c.operands().get(0).value().equals("download")
                        ? Optional.of(GO) : Optional.empty();
                case UV -> c.isSubcommand("sync") ? Optional.of(UV) : Optional.empty();
                default -> Optional.empty();
            };
        }
        List<Word> words = command.words();
        String sub = words.size() > 1 ? words.get(1).value() : "";
        return switch (command.name()) {
            case "bun" -> sub.equals("install") || sub.equals("i") ? Optional.of(BUN) : Optional.empty();
            case "cargo" -> sub.equals("build") || sub.equals("fetch") ? Optional.of(CARGO) : Optional.empty();
            case "composer" -> sub.equals("install") ? Optional.of(COMPOSER) : Optional.empty();
            case "poetry" -> sub.equals("install") ? Optional.of(POETRY) : Optional.empty();
            case "pdm" -> sub.equals("install") || sub.equals("sync") ? Optional.of(PDM) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /**
     * The COPY source that brought the manifest in, when no earlier COPY in the stage chain brought a
     * lockfile or something that may hold one (a directory, the whole context).
     */
    private static Optional<Word> manifestWithoutLock(Dockerfile dockerfile, Stage stage, Instruction before,
            Installer installer) {
        Word manifest = null;
        for (Stage s : dockerfile.stageChain(stage)) {
            for (Instruction instruction : s.instructions()) {
                if (s == stage && instruction.startOffset() >= before.startOffset()) {
                    break;
                }
                Instruction copy = CopySources.copyOrAdd(instruction);
                if (copy == null) {
                    continue;
                }
                for (Word source : CopySources.sources(copy)) {
                    String v = source.value();
                    if (CopySources.namesAny(v, installer.lockfiles()) || mayHoldTree(v)) {
                        return Optional.empty();
                    }
                    if (manifest == null && CopySources.namesAny(v, List.of(installer.manifest()))) {
                        manifest = source;
                    }
                }
            }
        }
        return Optional.ofNullable(manifest);
    }

    /** A source that is (or may be) a directory, or a variable: it may bring the lockfile along. */
    private static boolean mayHoldTree(String source) {
        if (source.contains("$") || source.contains("://") || source.endsWith("/") || source.equals(".")) {
            return true;
        }
        String last = source.substring(source.lastIndexOf('/') + 1);
        if (last.equals("*") || last.equals(".")) {
            return true;
        }
        return last.indexOf('.') < 0 && last.indexOf('*') < 0 && last.indexOf('?') < 0 && !DOTLESS_FILES.contains(last);
    }
}
