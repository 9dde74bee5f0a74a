package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.KnownActions;
import dev.plumbline.syntax.gha.RunScript;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Publishing to a registry that supports OIDC trusted publishing (PyPI, npm, RubyGems, crates.io,
 * NuGet) with a long-lived token: the token can be stolen and reused anywhere until someone revokes
 * it, where a trusted-publishing token is minted per run and bound to this workflow.
 */
public final class UseTrustedPublishingRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/use-trusted-publishing", "Publishing with a long-lived token",
            Severity.INFORMATION, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ZIZMOR, "use-trusted-publishing"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** A publish command and the credential that gives it away. */
    private record Publish(String registry, Set<String> tokenVariables, Set<String> tokenOptions) {
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        for (Step step : context.model().steps()) {
            if (KnownActions.uses(step, "pypa/gh-action-pypi-publish")) {
                step.with().flatMap(w -> w.entry("password")).ifPresent(password -> context.report(
                        password.key().range(), "PyPI upload with an API token in \"password\"; PyPI supports trusted"
                                + " publishing: remove the password and grant the job \"id-token: write\""));
                continue;
            }
            Optional<RunScript> script = step.run();
            if (script.isEmpty() || !script.get().isPosix()) {
                continue;
            }
            for (Command command : script.get().commands()) {
                publish(command).ifPresent(p -> {
                    List<Word> words = command.words().subList(0, command.name().equals("dotnet") ? 3 : 2);
                    Range range = new Range(words.get(0).range().start(), words.get(words.size() - 1).range().end());
                    String written = String.join(" ", words.stream().map(Word::value).toList());
                    if (usesToken(step, command, p)) {
                        context.report(range, "\"" + written + "\" publishes to "
                                + p.registry() + " with a long-lived token; " + p.registry() + " supports trusted"
                                + " publishing, which mints a short-lived token for this workflow (id-token: write)");
                    }
                });
            }
        }
    }

    private static Optional<Publish> publish(Command command) {
        List<Word> args = command.arguments();
        String first = args.isEmpty() ? "" : args.get(0).value();
        return switch (command.name()) {
            case "npm", "pnpm" -> first.equals("publish")
                    ? Optional.of(new Publish("npm", Set.of("NODE_AUTH_TOKEN", "NPM_TOKEN"), Set.of())) : Optional.empty();
            case "twine" -> first.equals("upload") ? Optional.of(new Publish("PyPI",
                    Set.of("TWINE_PASSWORD"), Set.of("-p", "--password"))) : Optional.empty();
            case "uv" -> first.equals("publish") ? Optional.of(new Publish("PyPI", Set.of("UV_PUBLISH_TOKEN",
                    "UV_PUBLISH_PASSWORD"), Set.of("--token", "-t", "--password", "-p"))) : Optional.empty();
            case "poetry" -> first.equals("publish") ? Optional.of(new Publish("PyPI",
                    Set.of("POETRY_PYPI_TOKEN_PYPI"), Set.of("--password", "-p"))) : Optional.empty();
            case "gem" -> first.equals("push") ? Optional.of(new Publish("RubyGems", Set.of("GEM_HOST_API_KEY"),
                    Set.of("--key", "-k"))) : Optional.empty();
            case "cargo" -> first.equals("publish") ? Optional.of(new Publish("crates.io",
                    Set.of("CARGO_REGISTRY_TOKEN"), Set.of("--token"))) : Optional.empty();
            case "dotnet" -> first.equals("nuget") && args.size() > 1 && args.get(1).value().equals("push")
                    ? Optional.of(new Publish("NuGet", Set.of(), Set.of("--api-key", "-k"))) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** True when the command is given a stored token: an option, or a token variable from a secret. */
    private static boolean usesToken(Step step, Command command, Publish publish) {
        for (Word word : command.arguments()) {
            String v = word.value();
            for (String option : publish.tokenOptions()) {
                if (v.equals(option) || v.startsWith(option + "=")) {
                    return true;
                }
            }
        }
        List<Optional<YamlMapping>> scopes = new ArrayList<>();
        scopes.add(step.env());
        step.job().ifPresent(job -> {
            scopes.add(job.env());
            scopes.add(job.workflow().env());
        });
        for (Optional<YamlMapping> scope : scopes) {
            for (String variable : publish.tokenVariables()) {
                Optional<YamlEntry> entry = scope.flatMap(m -> m.entry(variable));
                if (entry.isPresent() && entry.get().value().asScalar().map(YamlScalar::value)
                        .map(s -> s.contains("secrets.")).orElse(false)) {
                    return true;
                }
            }
        }
        return false;
    }
}
