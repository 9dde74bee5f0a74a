package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.SecretValues;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.Range;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A credential in a known format (cloud and forge tokens, private keys; see {@link SecretValues})
 * written anywhere in a manifest: env values, args, ConfigMap data, annotations, and a Secret's
 * {@code data} after base64 decoding. Whoever can read the repository, or the object, can use it.
 * The message names the kind of credential, never its value.
 */
public final class HardcodedSecretRule implements Rule<KubernetesFile> {

    private static final PeerId POLARIS_CONFIGMAP = PeerId.of(PeerId.POLARIS, "sensitiveConfigmapContent");

    static final RuleMeta META = RuleMeta.of("k8s/hardcoded-secret", "Credential is written in the manifest",
            Severity.ERROR, Language.KUBERNETES, POLARIS_CONFIGMAP);

    private static final String ADVICE = "; revoke it and load it from a secret store (External Secrets, Sealed"
            + " Secrets, SOPS) instead";

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** Where a scalar sits, when that changes how it is read or reported. */
    private enum Place { SECRET_DATA, CONFIGMAP_DATA }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        Map<YamlNode, Place> places = new IdentityHashMap<>();
        for (K8sResource resource : context.model().resources()) {
            mark(resource, places);
        }
        for (K8sResource resource : context.model().resources()) {
            if (resource.list().isPresent()) {
                continue; // the List's own walk covers its items
            }
            resource.root().walk(node -> {
                if (node instanceof YamlScalar scalar && !scalar.isNull()) {
                    check(context, scalar, places.get(scalar));
                }
            });
        }
    }

    /** Marks the values of a Secret's {@code data} and of a ConfigMap's {@code data}/{@code binaryData}. */
    private static void mark(K8sResource resource, Map<YamlNode, Place> places) {
        if (!resource.group().isEmpty()) {
            return;
        }
        if (resource.kind().equals("Secret")) {
            markValues(KubeYaml.mapping(resource.root(), "data"), Place.SECRET_DATA, places);
        } else if (resource.kind().equals("ConfigMap")) {
            markValues(KubeYaml.mapping(resource.root(), "data"), Place.CONFIGMAP_DATA, places);
            markValues(KubeYaml.mapping(resource.root(), "binaryData"), Place.SECRET_DATA, places);
        }
    }

    private static void markValues(Optional<YamlMapping> mapping, Place place, Map<YamlNode, Place> places) {
        for (YamlEntry entry : mapping.map(YamlMapping::entries).orElse(List.of())) {
            places.put(entry.value(), place);
        }
    }

    private void check(RuleContext<KubernetesFile> context, YamlScalar scalar, Place place) {
        if (place == Place.SECRET_DATA) {
            decode(scalar.value()).flatMap(SecretValues::find).ifPresent(match -> context.report(scalar.range(),
                    "This base64 value decodes to " + match.kind() + ", committed with the manifest" + ADVICE).peers());
            return;
        }
        Optional<SecretValues.Match> match = SecretValues.find(scalar.value());
        if (match.isEmpty()) {
            return;
        }
        Range range = scalar.content().exact() ? scalar.content().rangeOf(match.get().start(), match.get().end())
                : scalar.range();
        RuleContext<KubernetesFile>.Report report = context.report(range, capitalized(match.get().kind())
                + " is written in the manifest" + ADVICE);
        if (place == Place.CONFIGMAP_DATA) {
            report.peers(POLARIS_CONFIGMAP);
        } else {
            report.peers();
        }
    }

    /** The UTF-8 text a base64 value stands for; empty when it is not base64 of text. */
    private static Optional<String> decode(String value) {
        String compact = WHITESPACE.matcher(value).replaceAll("");
        if (compact.isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(compact);
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
