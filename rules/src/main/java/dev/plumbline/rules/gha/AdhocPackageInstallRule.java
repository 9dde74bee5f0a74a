package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.gha.RunScript;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A run script that installs named packages outside any lockfile without a version:
 * {@code npm install [-g] <pkg>} (no {@code @version}), {@code yarn add}, {@code pnpm add},
 * {@code gem install} without {@code -v}, {@code bundle add}, and {@code pip install <pkg>} (also
 * {@code python -m pip}, {@code uv pip}) without {@code ==}. Each run then gets whatever version
 * was published last, compromised releases included. Installs of pip, setuptools and wheel
 * themselves are exempt.
 */
public final class AdhocPackageInstallRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/adhoc-package-install", "Package installed outside a lockfile",
            Severity.WARNING, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ZIZMOR, "adhoc-packages"));

    private static final Set<String> PIP_VALUE_OPTIONS = Set.of("-r", "--requirement", "-c", "--constraint", "-e",
            "--editable", "-i", "--index-url", "--extra-index-url", "-f", "--find-links", "-t", "--target", "--prefix",
            "--root", "--python-version", "--platform", "--implementation", "--abi", "--src", "--upgrade-strategy",
            "--progress-bar", "--cache-dir", "--log", "--python", "--trusted-host", "--config-settings", "-C",
            "--report", "--only-binary", "--no-binary", "--group");
    private static final Set<String> NPM_VALUE_OPTIONS = Set.of("--prefix", "-C", "--workspace", "-w", "--omit",
            "--include", "--registry", "--cache", "--userconfig", "--loglevel", "--location", "--tag", "--before");
    private static final Set<String> GEM_VALUE_OPTIONS = Set.of("-i", "--install-dir", "-n", "--bindir", "--source",
            "-s", "--platform", "-P", "--trust-policy");
    private static final Set<String> PIP_ITSELF = Set.of("pip", "setuptools", "wheel");

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** One install: how it is written, and the package words it leaves unpinned. */
    private record Install(String tool, List<Word> packages) {
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        for (Step step : context.model().steps()) {
            context.checkCanceled();
            Optional<RunScript> script = step.run();
            if (script.isEmpty() || !script.get().isPosix()) {
                continue;
            }
            for (Command command : script.get().commands()) {
                install(command).ifPresent(install -> {
                    List<Word> words = install.packages();
                    Range range = new Range(words.get(0).range().start(), words.get(words.size() - 1).range().end());
                    String names = words.stream().map(w -> "\"" + w.value() + "\"").collect(Collectors.joining(", "));
                    context.report(range, "\"" + install.tool() + "\" installs " + names + " without a pinned version,"
                            + " outside any lockfile, so each run gets whatever was published last; pin the version or"
                            + " install from a lockfile");
                });
            }
        }
    }

    private static Optional<Install> install(Command command) {
        List<Word> args = command.arguments();
        String name = command.name();
        if (name.equals("python") || name.equals("python3") || name.startsWith("python3.")) {
            if (args.size() >= 2 && args.get(0).value().equals("-m") && args.get(1).value().equals("pip")) {
                return pip("python -m pip", args.subList(2, args.size()));
            }
            return Optional.empty();
        }
        if (name.equals("uv") && args.size() >= 1 && args.get(0).value().equals("pip")) {
            return pip("uv pip", args.subList(1, args.size()));
        }
        return switch (name) {
            case "pip", "pip3" -> pip(name, args);
            case "npm" -> npm(args);
            case "yarn" -> sub(args, "add", "yarn add").or(() -> args.size() >= 2 && args.get(0).value().equals("global")
                    ? sub(args.subList(1, args.size()), "add", "yarn global add") : Optional.empty());
            case "pnpm" -> sub(args, "add", "pnpm add");
            case "bundle" -> sub(args, "add", "bundle add");
            case "gem" -> gem(args);
            default -> Optional.empty();
        };
    }

    private static Optional<Install> pip(String tool, List<Word> args) {
        if (args.isEmpty() || !args.get(0).value().equals("install")) {
            return Optional.empty();
        }
        List<Word> unpinned = new ArrayList<>();
        List<Word> operands = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            String v = args.get(i).value();
            if (v.startsWith("-")) {
                if (PIP_VALUE_OPTIONS.contains(v)) {
                    i++;
                }
                continue;
            }
            operands.add(args.get(i));
        }
        for (Word operand : operands) {
            String v = operand.value();
            if (v.contains("==") || v.contains("@") || v.contains("/") || v.startsWith(".") || v.contains("://")
                    || v.endsWith(".whl") || v.endsWith(".tar.gz") || v.endsWith(".zip") || v.contains("$")
                    || v.contains("${{")) {
                continue;
            }
            String base = v.replaceAll("[\\[<>=!~;].*", "").toLowerCase(java.util.Locale.ROOT);
            if (PIP_ITSELF.contains(base)) {
                continue;
            }
            if (!base.isEmpty()) {
                unpinned.add(operand);
            }
        }
        return unpinned.isEmpty() ? Optional.empty() : Optional.of(new Install(tool + " install", unpinned));
    }

    private static Optional<Install> npm(List<Word> args) {
        boolean global = false;
        Word subcommand = null;
        List<Word> operands = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String v = args.get(i).value();
            if (v.startsWith("-")) {
                global |= v.equals("-g") || v.equals("--global") || v.equals("--location=global");
                if (NPM_VALUE_OPTIONS.contains(v)) {
                    global |= v.equals("--location") && i + 1 < args.size() && args.get(i + 1).value().equals("global");
                    i++;
                }
                continue;
            }
            if (subcommand == null) {
                subcommand = args.get(i);
                if (!Set.of("install", "i", "add").contains(v)) {
                    return Optional.empty();
                }
            } else {
                operands.add(args.get(i));
            }
        }
        boolean isGlobal = global;
        List<Word> unpinned = operands.stream().filter(w -> !w.value().contains("$") && !w.value().startsWith(".")
                && !w.value().startsWith("/") && !hasNpmVersion(w.value())).toList();
        if (subcommand == null || unpinned.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Install("npm " + subcommand.value() + (isGlobal ? " -g" : ""), unpinned));
    }

    /** {@code pkg@1.2.3} or {@code @scope/pkg@^1}: a version after the name's own {@code @}. */
    private static boolean hasNpmVersion(String spec) {
        int at = spec.lastIndexOf('@');
        return at > 0 && at < spec.length() - 1 && !spec.substring(at + 1).equals("latest");
    }

    private static Optional<Install> sub(List<Word> args, String subcommand, String tool) {
        int i = 0;
        while (i < args.size() && args.get(i).value().startsWith("-")) {
            i++;
        }
        if (i >= args.size() || !args.get(i).value().equals(subcommand)) {
            return Optional.empty();
        }
        List<Word> rest = args.subList(i + 1, args.size());
        if (rest.stream().anyMatch(w -> w.value().equals("--version") || w.value().equals("-v")
                || w.value().startsWith("--version="))) {
            return Optional.empty(); // bundle add NAME --version X
        }
        List<Word> operands = rest.stream()
                .filter(w -> !w.value().startsWith("-") && !w.value().contains("$") && !hasNpmVersion(w.value()))
                .toList();
        return operands.isEmpty() ? Optional.empty() : Optional.of(new Install(tool, operands));
    }

    private static Optional<Install> gem(List<Word> args) {
        if (args.isEmpty() || !args.get(0).value().equals("install")) {
            return Optional.empty();
        }
        List<Word> operands = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            String v = args.get(i).value();
            if (v.equals("-v") || v.equals("--version") || v.startsWith("--version=")) {
                return Optional.empty();
            }
            if (v.startsWith("-")) {
                if (GEM_VALUE_OPTIONS.contains(v)) {
                    i++;
                }
                continue;
            }
            if (!v.contains("$") && !v.endsWith(".gem") && !v.contains(":")) {
                operands.add(args.get(i));
            }
        }
        return operands.isEmpty() ? Optional.empty() : Optional.of(new Install("gem install", operands));
    }
}
