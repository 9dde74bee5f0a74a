package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.EnvMappings;
import dev.plumbline.rules.gha.support.KnownActions;
import dev.plumbline.rules.gha.support.Secrets;
import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.ScalarType;
import dev.plumbline.syntax.yaml.YamlDocument;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.TextEdit;
import java.util.Optional;
import java.util.Set;

/**
 * A credential written into the workflow: a value in a known token format anywhere in the file
 * (scripts included), a literal under a secret-like name in {@code env:} or {@code with:}, or a
 * literal container or service registry password. Messages never repeat the value. The fix
 * references a repository secret instead; the exposed value must still be revoked, since it stays in
 * the git history.
 */
public final class HardcodedSecretRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/hardcoded-secret", "Secret written in the workflow",
            Severity.ERROR, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ACTIONLINT, "credentials"),
            PeerId.of(PeerId.ZIZMOR, "hardcoded-container-credentials"));

    private static final String ROTATE = "; anyone who can read the repository can use it, and it stays in the git"
            + " history: store it as a secret and revoke this one";
    /** Inputs whose names sound secret but hold cache keys and the like. */
    private static final Set<String> CACHE_INPUTS = Set.of("key", "restore-keys", "cache-key", "shared-key",
            "prefix-key", "cache-dependency-path");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        Set<YamlScalar> reported = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        containerPasswords(context, reported);
        namedValues(context, reported);
        for (YamlDocument document : context.model().yaml().nonEmptyDocuments()) {
            document.root().ifPresent(root -> root.walk(node -> {
                if (node instanceof YamlScalar scalar && !reported.contains(scalar)) {
                    tokens(context, scalar);
                }
            }));
        }
    }

    /** {@code container.credentials.password} and {@code services.<id>.credentials.password}. */
    private static void containerPasswords(RuleContext<WorkflowFile> context, Set<YamlScalar> reported) {
        for (Job job : context.model().jobs()) {
            job.container().ifPresent(c -> password(context, c, "the container of job \"" + job.id() + "\"",
                    "CONTAINER_PASSWORD", reported));
            job.services().ifPresent(services -> services.entries().forEach(service -> password(context,
                    service.value(), "service \"" + service.keyText().orElse("?") + "\" of job \"" + job.id() + "\"",
                    Secrets.secretName(service.keyText().orElse("service")) + "_PASSWORD", reported)));
        }
    }

    private static void password(RuleContext<WorkflowFile> context, YamlNode container, String owner, String secret,
            Set<YamlScalar> reported) {
        Optional<YamlScalar> password = container.at("credentials", "password").flatMap(YamlNode::asScalar);
        if (password.isEmpty() || !isLiteral(password.get())) {
            return;
        }
        reported.add(password.get());
        context.report(password.get().range(), "The registry password of " + owner + " is written in the workflow"
                + ROTATE).fix(replace(password.get(), secret));
    }

    /** Literals under secret-like names in {@code env:} and {@code with:}. */
    private static void namedValues(RuleContext<WorkflowFile> context, Set<YamlScalar> reported) {
        for (EnvMappings.Env env : EnvMappings.of(context.model())) {
            if (!env.container()) { // a service's own settings (a test database's password) are not the workflow's secrets
                named(context, env.mapping(), "Environment variable", Set.of(), reported);
            }
        }
        for (Step step : context.model().steps()) {
            boolean cache = KnownActions.name(step).map(n -> n.contains("cache")).orElse(false);
            step.with().ifPresent(with -> named(context, with, "Input", cache ? CACHE_INPUTS : Set.of(), reported));
        }
        for (Job job : context.model().jobs()) {
            job.with().ifPresent(with -> named(context, with, "Input", Set.of(), reported));
        }
    }

    private static void named(RuleContext<WorkflowFile> context, YamlMapping mapping, String what, Set<String> exempt,
            Set<YamlScalar> reported) {
        for (YamlEntry entry : mapping.entries()) {
            Optional<String> name = entry.keyText();
            Optional<YamlScalar> value = entry.value().asScalar();
            if (name.isEmpty() || value.isEmpty() || exempt.contains(name.get()) || !Secrets.isSecretLikeName(name.get())
                    || !isLiteral(value.get()) || looksLikeReference(value.get().value())
                    || !Secrets.couldBeCredential(value.get().value())) {
                continue;
            }
            reported.add(value.get());
            context.report(value.get().range(), what + " \"" + name.get() + "\" is set to a literal value" + ROTATE)
                    .peers()
                    .fix(replace(value.get(), Secrets.secretName(name.get())));
        }
    }

    /** Known token formats inside any value. */
    private static void tokens(RuleContext<WorkflowFile> context, YamlScalar scalar) {
        String value = scalar.value();
        for (Secrets.Match match : Secrets.find(value)) {
            RuleContext<WorkflowFile>.Report report = context.report(scalar.content().rangeOf(match.start(), match.end()),
                    "This value is " + match.kind() + ROTATE).peers();
            if (value.substring(0, match.start()).isBlank() && (match.kind().equals("a private key")
                    || value.substring(match.end()).isBlank())) {
                report.fix(replace(scalar, match.kind().equals("a private key") ? "PRIVATE_KEY" : "TOKEN"));
            }
        }
    }

    /** A string written in the file: not empty, no expression, not a boolean, number or null. */
    private static boolean isLiteral(YamlScalar scalar) {
        String value = scalar.value().trim();
        return scalar.type() == ScalarType.STRING && !value.isEmpty() && !value.contains("${{");
    }

    /** Values that point at a secret rather than being one: shell variables, paths, file references. */
    private static boolean looksLikeReference(String value) {
        String v = value.trim();
        return v.startsWith("$") || v.startsWith("./") || v.startsWith("/") || v.startsWith("~") || v.startsWith("@")
                || v.startsWith("%") || v.startsWith("env:") || v.startsWith("secrets.");
    }

    private static dev.plumbline.engine.Fix replace(YamlScalar scalar, String secret) {
        return dev.plumbline.engine.Fix.of("Replace with ${{ secrets." + secret + " }}",
                new TextEdit(scalar.range(), "${{ secrets." + secret + " }}"));
    }
}
