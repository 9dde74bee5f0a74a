package dev.plumbline.rules.gha.support;

import dev.plumbline.syntax.gha.RunScript;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.UsesRef;
import dev.plumbline.syntax.gha.expr.ExpressionSite;
import dev.plumbline.syntax.yaml.YamlNode;
import java.util.Locale;
import java.util.Optional;

/**
 * Values GitHub hands to an interpreter after expanding their expressions: a step's {@code run:}
 * script and the {@code script} input of {@code actions/github-script}. An expression expanded there
 * becomes code.
 *
 * @param step the step
 * @param description how messages name the sink ({@code the run script})
 * @param language the interpreter's quoting rules, or empty when no safe variable reference is known
 *     for it (python, custom shells)
 * @param shell the shell program for run scripts ({@code bash}, {@code pwsh}, {@code cmd} …), "" otherwise
 */
public record Sinks(Step step, String description, Optional<ScriptQuoting.Language> language, String shell) {

    /** The sink a site is, if it is one. */
    public static Optional<Sinks> of(ExpressionSite site) {
        Optional<Step> step = site.place().stepOf();
        if (step.isEmpty()) {
            return Optional.empty();
        }
        if (site.place().isRunScript() && step.get().runScalar().map(s -> s == site.scalar()).orElse(false)) {
            RunScript run = step.get().run().orElseThrow();
            String shell = run.shellName();
            Optional<ScriptQuoting.Language> language = switch (shell) {
                case "pwsh", "powershell" -> Optional.of(ScriptQuoting.Language.POWERSHELL);
                case "cmd" -> Optional.empty();
                default -> run.isPosix() ? Optional.of(ScriptQuoting.Language.POSIX) : Optional.empty();
            };
            return Optional.of(new Sinks(step.get(), "the run script", language, shell));
        }
        if (site.place().isStepInput() && isGithubScript(step.get())
                && step.get().with().flatMap(w -> w.get("script")).map(YamlNode::resolve)
                        .map(n -> n == site.scalar()).orElse(false)) {
            return Optional.of(new Sinks(step.get(), "the github-script script",
                    Optional.of(ScriptQuoting.Language.JAVASCRIPT), ""));
        }
        return Optional.empty();
    }

    private static boolean isGithubScript(Step step) {
        return step.uses().map(UsesRef::name).map(n -> n.toLowerCase(Locale.ROOT).equals("actions/github-script"))
                .orElse(false);
    }

    /** How code at {@code context} reads environment variable {@code name}; empty where no reference works. */
    public Optional<String> reference(String name, ScriptQuoting.Context context) {
        if (shell.equals("cmd")) {
            return Optional.of("%" + name + "%");
        }
        if (language.isEmpty()) {
            return Optional.empty();
        }
        return switch (language.get()) {
            case POSIX -> switch (context) {
                case NONE -> Optional.of("\"$" + name + "\"");
                case DOUBLE, HEREDOC -> Optional.of("${" + name + "}");
                case SINGLE -> Optional.of("'\"$" + name + "\"'");
                case COMMENT -> Optional.of("$" + name);
                default -> Optional.empty();
            };
            case POWERSHELL -> switch (context) {
                case NONE, COMMENT -> Optional.of("$env:" + name);
                case DOUBLE -> Optional.of("${env:" + name + "}");
                default -> Optional.empty();
            };
            case JAVASCRIPT -> switch (context) {
                case NONE, COMMENT -> Optional.of("process.env." + name);
                case SINGLE -> Optional.of("' + process.env." + name + " + '");
                case DOUBLE -> Optional.of("\" + process.env." + name + " + \"");
                case TEMPLATE -> Optional.of("${process.env." + name + "}");
                default -> Optional.empty();
            };
        };
    }
}
