package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.Placeholders;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import java.util.Optional;

/**
 * A committed {@code kind: Secret} that holds values in {@code data} or {@code stringData}: base64 is an
 * encoding, not encryption, so the values are readable by everyone with the repository. Exempt:
 * SOPS-encrypted documents (a top-level {@code sops:} key), empty values and placeholders
 * ({@code ${VAR}}, {@code <value>}, {@code {{ }}}). SealedSecret and ExternalSecret are other kinds.
 */
public final class SecretInManifestRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/secret-in-manifest", "Secret values are committed in the manifest",
            Severity.WARNING, Language.KUBERNETES);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (K8sResource resource : context.model().resources()) {
            if (!resource.kind().equals("Secret") || !resource.group().isEmpty()
                    || KubeYaml.entry(resource.root(), "sops").isPresent() || sopsDocument(resource)) {
                continue;
            }
            for (String key : new String[] {"data", "stringData"}) {
                Optional<YamlEntry> entry = KubeYaml.entry(resource.root(), key);
                int count = entry.flatMap(e -> e.value().asMapping()).map(SecretInManifestRule::realValues).orElse(0);
                if (count > 0) {
                    context.report(entry.get().key().range(), resource.describe() + " commits " + count + " value"
                            + (count == 1 ? "" : "s") + " in " + key + "; base64 is not encryption, so anyone with the"
                            + " repository can read " + (count == 1 ? "it" : "them") + ". Encrypt the Secret (SOPS,"
                            + " Sealed Secrets) or create it from a secret store");
                }
            }
        }
    }

    /** The values that are written out: not empty, not null, not placeholders. */
    private static int realValues(YamlMapping mapping) {
        int count = 0;
        for (YamlEntry entry : mapping.withMerges().entries()) {
            Optional<String> value = entry.value().asText().filter(v -> !entry.value().isNull());
            if (value.isPresent() && !value.get().isBlank() && !Placeholders.isPlaceholder(value.get())) {
                count++;
            }
        }
        return count;
    }

    /** A List item of a SOPS-encrypted List document. */
    private static boolean sopsDocument(K8sResource resource) {
        return resource.list().map(list -> KubeYaml.get(list.root(), "sops").isPresent()).orElse(false)
                || resource.document().rootMapping().map(root -> KubeYaml.get(root, "sops").isPresent()).orElse(false);
    }
}
