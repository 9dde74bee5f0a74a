package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.Placeholders;
import dev.plumbline.rules.k8s.support.SecretNames;
import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.EnvVar;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An env var with a secret-like name whose {@code value} is written in the manifest: the secret is in
 * version control and readable by everyone who can read the pod spec. Exempt: {@code valueFrom},
 * empty values, placeholders, and values that cannot be secrets (booleans, numbers, URLs without
 * credentials, absolute paths).
 */
public final class SecretInEnvRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/secret-in-env", "Secret is written as a plain env value",
            Severity.WARNING, Language.KUBERNETES,
            PeerId.of(PeerId.KUBE_LINTER, "env-var-secret"), PeerId.of(PeerId.POLARIS, "sensitiveContainerEnvVar"));

    /** Values that configure rather than authenticate: booleans, numbers, durations such as {@code 30s}. */
    private static final Pattern NOT_A_SECRET = Pattern.compile(
            "(?i)true|false|yes|no|on|off|enabled?|disabled?|none|null|[-+]?[0-9]+(\\.[0-9]+)?[a-z]{0,2}");
    /** A URL without user info, or an absolute path: where a credential lives, not the credential. */
    private static final Pattern LOCATION = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://[^@\\s]*|/[^\\s]*");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (Container container : context.model().containers()) {
            for (EnvVar var : EnvVar.of(container)) {
                Optional<String> name = var.name();
                Optional<YamlScalar> value = var.value().flatMap(YamlNode::asScalar);
                if (name.isEmpty() || value.isEmpty() || var.valueFrom().isPresent()
                        || !SecretNames.isSecretLike(name.get()) || !looksLikeASecret(value.get())) {
                    continue;
                }
                context.report(var.value().get().range(), "Env var \"" + name.get() + "\" of " + container.describe()
                        + " holds a literal value that looks like a secret; keep it in a Secret and read it with"
                        + " valueFrom.secretKeyRef");
            }
        }
    }

    private static boolean looksLikeASecret(YamlScalar value) {
        String text = value.value().strip();
        return !value.isNull() && !text.isEmpty() && !Placeholders.isPlaceholder(text)
                && !NOT_A_SECRET.matcher(text).matches() && !LOCATION.matcher(text).matches();
    }
}
