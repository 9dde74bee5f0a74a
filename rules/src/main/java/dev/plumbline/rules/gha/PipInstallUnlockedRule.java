package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.RepositoryRoot;
import dev.plumbline.rules.gha.support.RequirementsFile;
import dev.plumbline.syntax.gha.RunScript;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.text.Range;
import dev.plumbline.workspace.WorkspaceIndex;
import java.util.List;
import java.util.Optional;

/**
 * {@code pip install -r <file>} (also {@code python -m pip}, {@code pip3}, {@code uv pip install}) without
 * {@code --require-hashes}, where the requirements file pins no hashes: pip then trusts whatever the
 * index serves for each version, and unpinned transitive dependencies float. When the workspace is
 * indexed, a file with {@code --hash} lines is fine (pip checks hashes by itself then); pip-sync,
 * {@code uv pip sync}, {@code uv sync --locked} and {@code poetry install} are not this rule's.
 */
public final class PipInstallUnlockedRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/pip-install-unlocked", "pip install without hashes",
            Severity.INFORMATION, Language.GITHUB_ACTIONS);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        Optional<WorkspaceIndex> index = RepositoryRoot.of(context);
        for (Step step : context.model().steps()) {
            context.checkCanceled();
            Optional<RunScript> script = step.run();
            if (script.isEmpty() || !script.get().isPosix() || hashesRequired(step)) {
                continue;
            }
            for (Command command : script.get().commands()) {
                Optional<List<Word>> install = pipInstallArguments(command);
                if (install.isEmpty() || command.assignment("PIP_REQUIRE_HASHES").isPresent()
                        || install.get().stream().anyMatch(w -> w.value().equals("--require-hashes"))) {
                    continue;
                }
                List<Word> args = install.get();
                for (int i = 0; i < args.size(); i++) {
                    String v = args.get(i).value();
                    Optional<Word> file = Optional.empty();
                    if ((v.equals("-r") || v.equals("--requirement")) && i + 1 < args.size()) {
                        file = Optional.of(args.get(i + 1));
                    } else if (v.startsWith("--requirement=") || (v.startsWith("-r") && v.length() > 2)) {
                        file = Optional.of(args.get(i));
                    }
                    if (file.isEmpty()) {
                        continue;
                    }
                    String path = pathOf(file.get().value());
                    if (path.contains("$") || hasHashes(index, step, path)) {
                        continue;
                    }
                    Range range = new Range(args.get(i).range().start(), file.get().range().end());
                    context.report(range, "\"pip install -r " + path + "\" installs without checking hashes, so the"
                            + " packages are whatever the index serves; pin hashes (pip-compile --generate-hashes,"
                            + " uv pip compile --generate-hashes) and add --require-hashes");
                }
            }
        }
    }

    private static String pathOf(String value) {
        if (value.startsWith("--requirement=")) {
            return value.substring("--requirement=".length());
        }
        if (value.startsWith("-r") && !value.equals("-r")) {
            return value.substring(2).replaceFirst("^=", "");
        }
        return value;
    }

    /** The words after {@code install} of a pip install, or empty for other commands. */
    static Optional<List<Word>> pipInstallArguments(Command command) {
        List<Word> args = command.arguments();
        String name = command.name();
        int at;
        if (name.matches("pip3?(\\.\\d+)?")) {
            at = 0;
        } else if (name.matches("python[0-9.]*") && args.size() >= 2 && args.get(0).value().equals("-m")
                && args.get(1).value().matches("pip3?")) {
            at = 2;
        } else if (name.equals("uv") && args.size() >= 1 && args.get(0).value().equals("pip")) {
            at = 1;
        } else {
            return Optional.empty();
        }
        return args.size() > at && args.get(at).value().equals("install")
                ? Optional.of(args.subList(at + 1, args.size())) : Optional.empty();
    }

    /** {@code PIP_REQUIRE_HASHES} set on the step, job or workflow. */
    private static boolean hashesRequired(Step step) {
        return has(step.env()) || step.job().map(j -> has(j.env()) || has(j.workflow().env())).orElse(false);
    }

    private static boolean has(Optional<YamlMapping> env) {
        return env.map(m -> m.has("PIP_REQUIRE_HASHES")).orElse(false);
    }

    /** True when the workspace shows the file pins hashes (looked up at the root and in the step's working directory). */
    private static boolean hasHashes(Optional<WorkspaceIndex> index, Step step, String path) {
        if (index.isEmpty()) {
            return false;
        }
        String dir = step.workingDirectory().map(s -> s.value()).orElse("");
        for (String candidate : List.of(WorkspaceIndex.normalize(dir.isEmpty() ? path : dir + "/" + path),
                WorkspaceIndex.normalize(path))) {
            Optional<RequirementsFile> facts = index.get().facts(candidate, RequirementsFile.class);
            if (facts.isPresent()) {
                return facts.get().hashes();
            }
        }
        return false;
    }
}
