package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.dockerfile.ArgInstruction;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.KeyValueInstruction;
import dev.plumbline.syntax.dockerfile.Mount;
import dev.plumbline.syntax.dockerfile.OnbuildInstruction;
import dev.plumbline.syntax.dockerfile.RunInstruction;
import dev.plumbline.syntax.dockerfile.Stage;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code pip install} without {@code --no-cache-dir} leaves pip's download cache in the image layer.
 * Exempt when {@code PIP_NO_CACHE_DIR} is truthy (ENV/ARG in the stage chain, or inline), or when the
 * RUN mounts a cache on {@code …/.cache/pip}.
 */
public final class PipNoCacheDirRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/pip-no-cache-dir", "pip install keeps its cache",
            Severity.WARNING, Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL3042"));

    static final String FIX_TITLE = "Insert --no-cache-dir";
    private static final String ENV_NAME = "PIP_NO_CACHE_DIR";
    /** pip's global options that take a value, so the word after them is not the subcommand. */
    private static final Set<String> OPTIONS_WITH_VALUE = Set.of("--proxy", "--retries", "--timeout",
            "--exists-action", "--trusted-host", "--cert", "--client-cert", "--cache-dir", "--log", "--log-file",
            "--python", "--use-feature", "--use-deprecated", "--keyring-provider", "--src", "-r");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        Dockerfile dockerfile = context.model();
        for (Stage stage : dockerfile.stages()) {
            context.checkCanceled();
            boolean noCache = inheritedNoCache(dockerfile, stage);
            for (Instruction instruction : stage.instructions()) {
                Optional<Boolean> set = noCacheSetBy(instruction);
                if (set.isPresent()) {
                    noCache = set.get();
                    continue;
                }
                RunInstruction run = asRun(instruction);
                if (run == null || noCache || hasPipCacheMount(run)) {
                    continue;
                }
                for (Command command : run.commands()) {
                    installWord(command).ifPresent(install -> report(context, command, install));
                }
            }
        }
    }

    private static RunInstruction asRun(Instruction instruction) {
        if (instruction instanceof RunInstruction run) {
            return run;
        }
        if (instruction instanceof OnbuildInstruction onbuild && onbuild.trigger().orElse(null) instanceof RunInstruction run) {
            return run;
        }
        return null;
    }

    private static void report(RuleContext<Dockerfile> context, Command command, Word install) {
        String insert = command.isExec() ? ", \"--no-cache-dir\"" : " --no-cache-dir";
        String tool = command.name().startsWith("python") ? command.name() + " -m pip" : command.name();
        context.report(install.range(), "\"" + tool + " install\" without --no-cache-dir keeps pip's download cache"
                        + " in the image")
                .fix(FIX_TITLE, TextEdit.insert(install.range().end(), insert));
    }

    /** PIP_NO_CACHE_DIR as the stages this one is built FROM leave it (ENV and ARG defaults). */
    private static boolean inheritedNoCache(Dockerfile dockerfile, Stage stage) {
        List<Stage> chain = new ArrayList<>();
        Optional<Stage> base = dockerfile.baseStage(stage);
        while (base.isPresent() && chain.size() < dockerfile.stages().size()) {
            chain.add(0, base.get());
            base = dockerfile.baseStage(base.get());
        }
        boolean noCache = false;
        for (Stage ancestor : chain) {
            for (Instruction instruction : ancestor.instructions()) {
                if (instruction instanceof KeyValueInstruction) {
                    Optional<Boolean> set = noCacheSetBy(instruction);
                    if (set.isPresent()) {
                        noCache = set.get();
                    }
                }
            }
        }
        return noCache;
    }

    /** What an ENV (or an ARG default, which RUN sees as a variable too) sets PIP_NO_CACHE_DIR to. */
    private static Optional<Boolean> noCacheSetBy(Instruction instruction) {
        Optional<Boolean> result = Optional.empty();
        if (instruction instanceof KeyValueInstruction kv && kv.isEnv()) {
            for (KeyValueInstruction.Pair pair : kv.pairs()) {
                if (pair.key().value().equals(ENV_NAME)) {
                    result = Optional.of(isTruthy(pair.value().value()));
                }
            }
        } else if (instruction instanceof ArgInstruction arg) {
            for (ArgInstruction.Declaration d : arg.declarations()) {
                if (d.name().value().equals(ENV_NAME) && d.defaultValue().isPresent()) {
                    result = Optional.of(isTruthy(d.defaultValue().get().value()));
                }
            }
        }
        return result;
    }

    private static boolean isTruthy(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return !v.isEmpty() && !v.equals("0") && !v.equals("false") && !v.equals("no") && !v.equals("off");
    }

    private static boolean hasPipCacheMount(RunInstruction run) {
        for (Mount mount : run.mounts()) {
            Optional<Mount.Field> target = mount.target();
            if (target.isPresent()) {
                String path = target.get().value();
                while (path.endsWith("/") && path.length() > 1) {
                    path = path.substring(0, path.length() - 1);
                }
                if (path.endsWith(".cache/pip")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The {@code install} word of a pip install that neither disables the cache nor just asks for help. */
    static Optional<Word> installWord(Command command) {
        List<Word> args = pipArguments(command);
        if (args == null) {
            return Optional.empty();
        }
        Word subcommand = null;
        for (int i = 0; i < args.size(); i++) {
            String v = args.get(i).value();
            if (v.startsWith("-")) {
                if (OPTIONS_WITH_VALUE.contains(v)) {
                    i++;
                }
                continue;
            }
            subcommand = args.get(i);
            break;
        }
        if (subcommand == null || !subcommand.value().equals("install")) {
            return Optional.empty();
        }
        for (Word arg : args) {
            String v = arg.value();
            if (v.equals("--no-cache-dir") || v.startsWith("--no-cache-dir=") || v.equals("--help") || v.equals("-h")) {
                return Optional.empty();
            }
        }
        if (command.assignment(ENV_NAME).map(PipNoCacheDirRule::isTruthy).orElse(false)) {
            return Optional.empty();
        }
        return Optional.of(subcommand);
    }

    /** The words after {@code pip} ({@code pip}, {@code pip3.12}, {@code …/pip}, {@code python -m pip}); null if no pip. */
    private static List<Word> pipArguments(Command command) {
        String name = command.name();
        List<Word> args = command.arguments();
        if (isVersioned(name, "pip")) {
            return args;
        }
        if (isVersioned(name, "python")) {
            for (int i = 0; i < args.size(); i++) {
                String v = args.get(i).value();
                if (v.equals("-m") && i + 1 < args.size() && args.get(i + 1).value().equals("pip")) {
                    return args.subList(i + 2, args.size());
                }
                if (v.equals("-mpip")) {
                    return args.subList(i + 1, args.size());
                }
                if (!v.startsWith("-")) {
                    return null; // a script, not a module
                }
            }
        }
        return null;
    }

    /** {@code base}, {@code base3}, {@code base3.12}. */
    private static boolean isVersioned(String name, String base) {
        if (!name.startsWith(base)) {
            return false;
        }
        String version = name.substring(base.length());
        return version.isEmpty() || version.matches("[0-9]+(\\.[0-9]+)*");
    }
}
