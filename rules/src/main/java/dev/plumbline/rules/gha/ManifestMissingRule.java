package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.RepositoryRoot;
import dev.plumbline.rules.gha.support.WorkspacePaths;
import dev.plumbline.syntax.gha.RunScript;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.workspace.WorkspaceIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A deployment command naming a local path the repository does not have: {@code kubectl apply -f
 * <file or folder>} or {@code -k <folder>}, {@code kustomize build <folder>}, or {@code helm
 * upgrade|install <release> ./<chart>}. URLs, stdin ({@code -}), paths with variables and files an
 * earlier step may have generated are skipped. Needs the workspace index; quiet without it.
 */
public final class ManifestMissingRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/manifest-missing", "Manifest path missing", Severity.ERROR,
            Language.GITHUB_ACTIONS);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        Optional<WorkspaceIndex> index = RepositoryRoot.of(context);
        if (index.isEmpty()) {
            return;
        }
        for (Step step : context.model().steps()) {
            context.checkCanceled();
            Optional<RunScript> script = step.run().filter(RunScript::isPosix);
            if (script.isEmpty()) {
                continue;
            }
            for (Command command : script.get().commands()) {
                List<Word> paths = paths(command);
                if (paths.isEmpty()) {
                    continue;
                }
                Optional<String> dir = WorkspacePaths.directoryOf(step, script.get(), command);
                if (dir.isEmpty() || !WorkspacePaths.exists(index.get(), dir.get())) {
                    continue;
                }
                for (Word word : paths) {
                    String written = pathValue(word.value());
                    if (!WorkspacePaths.literal(written)) {
                        continue;
                    }
                    String path = WorkspacePaths.resolve(dir.get(), written);
                    if (!WorkspacePaths.exists(index.get(), path) && !WorkspacePaths.mayBeCreatedBefore(step, path)
                            && !WorkspacePaths.namedEarlierInScript(script.get(), command, written)) {
                        context.report(word.range(), "\"" + written + "\" does not exist in this repository"
                                + (dir.get().isEmpty() ? "" : " (looked up from \"" + dir.get() + "\")"));
                    }
                }
            }
        }
    }

    private static String pathValue(String value) {
        for (String prefix : List.of("--filename=", "--kustomize=", "-f=", "-k=")) {
            if (value.startsWith(prefix)) {
                return value.substring(prefix.length());
            }
        }
        return value;
    }

    /** The words of the command that name manifests, charts or kustomizations. */
    private static List<Word> paths(Command command) {
        List<Word> args = command.arguments();
        List<Word> out = new ArrayList<>();
        if (args.isEmpty()) {
            return out;
        }
        String first = args.get(0).value();
        switch (command.name()) {
            case "kubectl" -> {
                if (args.stream().noneMatch(w -> w.value().equals("apply"))) {
                    return out;
                }
                for (int i = 0; i < args.size(); i++) {
                    String v = args.get(i).value();
                    if ((v.equals("-f") || v.equals("--filename") || v.equals("-k") || v.equals("--kustomize"))
                            && i + 1 < args.size()) {
                        out.add(args.get(++i));
                    } else if (v.startsWith("--filename=") || v.startsWith("--kustomize=")) {
                        out.add(args.get(i));
                    }
                }
            }
            case "kustomize" -> {
                if (first.equals("build") && args.size() > 1 && !args.get(1).value().startsWith("-")) {
                    out.add(args.get(1));
                }
            }
            case "helm" -> {
                if (first.equals("upgrade") || first.equals("install")) {
                    for (int i = 1; i < args.size(); i++) {
                        String v = args.get(i).value();
                        boolean afterOption = args.get(i - 1).value().startsWith("-")
                                && !args.get(i - 1).value().contains("=");
                        if (v.startsWith("./") && !afterOption) {
                            out.add(args.get(i));
                        }
                    }
                }
            }
            default -> {
            }
        }
        return out;
    }
}
