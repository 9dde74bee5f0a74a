package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.Options;
import dev.plumbline.rules.k8s.support.Patches;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.text.Range;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A label or annotation the team requires ({@code kubernetes.requiredLabels},
 * {@code kubernetes.requiredAnnotations} in {@code .plumbline.yaml}, each item {@code key} or
 * {@code key=regex}) that an object lacks, or whose value does not match the whole regex. Does
 * nothing until one of the options is set. An item whose regex does not compile only requires the key.
 */
public final class RequiredMetadataRule implements Rule<KubernetesFile> {

    private static final PeerId OWNER_LABEL = PeerId.of(PeerId.KUBE_LINTER, "required-label-owner");
    private static final PeerId EMAIL_ANNOTATION = PeerId.of(PeerId.KUBE_LINTER, "required-annotation-email");

    static final RuleMeta META = RuleMeta.of("k8s/required-metadata", "Required label or annotation is missing",
            Severity.WARNING, Language.KUBERNETES, OWNER_LABEL, EMAIL_ANNOTATION);

    /** Compiled patterns by source text; options change rarely, so this stays small (cleared past a bound). */
    private static final Map<String, Optional<Pattern>> PATTERNS = new ConcurrentHashMap<>();
    private static final int MAX_PATTERNS = 256;

    /** One configured requirement. */
    private record Required(String key, Optional<String> regex) {

        static Required parse(String item) {
            int equals = item.indexOf('=');
            return equals < 0 ? new Required(item.strip(), Optional.empty())
                    : new Required(item.substring(0, equals).strip(), Optional.of(item.substring(equals + 1)));
        }
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        List<Required> labels = Options.list(context.config(), Options.REQUIRED_LABELS).stream().map(Required::parse)
                .filter(r -> !r.key().isEmpty()).toList();
        List<Required> annotations = Options.list(context.config(), Options.REQUIRED_ANNOTATIONS).stream()
                .map(Required::parse).filter(r -> !r.key().isEmpty()).toList();
        if (labels.isEmpty() && annotations.isEmpty()) {
            return;
        }
        for (K8sResource resource : context.model().resources()) {
            if (resource.kind().equals("List") || resource.isKustomization()) {
                continue;
            }
            check(context, resource, "labels", "label", labels, resource.labels(), OWNER_LABEL, "owner");
            check(context, resource, "annotations", "annotation", annotations, resource.annotations(), EMAIL_ANNOTATION,
                    "email");
        }
    }

    private void check(RuleContext<KubernetesFile> context, K8sResource resource, String key, String noun,
            List<Required> required, Map<String, String> present, PeerId peer, String peerKey) {
        for (Required requirement : required) {
            PeerId[] peers = requirement.key().equals(peerKey) ? new PeerId[] {peer} : new PeerId[0];
            String value = present.get(requirement.key());
            if (value == null) {
                if (Patches.isPatchFile(context)) {
                    continue; // the base carries the metadata
                }
                context.report(owner(resource, key), resource.describe() + " lacks the required " + noun + " \""
                        + requirement.key() + "\"").peers(peers);
                continue;
            }
            Optional<Pattern> pattern = requirement.regex().flatMap(RequiredMetadataRule::compile);
            if (pattern.isPresent() && !pattern.get().matcher(value).matches()) {
                Range range = resource.metadata().flatMap(m -> KubeYaml.mapping(m, key))
                        .flatMap(m -> KubeYaml.entry(m, requirement.key())).map(e -> e.value().range())
                        .orElseGet(() -> owner(resource, key));
                context.report(range, "The " + noun + " \"" + requirement.key() + "\" of " + resource.describe()
                        + " does not match the required pattern " + requirement.regex().get()).peers(peers);
            }
        }
    }

    /** The {@code labels}/{@code annotations} key, else {@code metadata}, else the {@code kind} entry. */
    private static Range owner(K8sResource resource, String key) {
        Optional<YamlMapping> metadata = resource.metadata();
        return metadata.flatMap(m -> KubeYaml.entry(m, key)).map(e -> e.key().range())
                .or(() -> KubeYaml.entry(resource.root(), "metadata").map(e -> e.key().range()))
                .orElseGet(() -> resource.kindEntry().map(YamlEntry::range).orElse(resource.root().range()));
    }

    private static Optional<Pattern> compile(String regex) {
        if (PATTERNS.size() > MAX_PATTERNS) {
            PATTERNS.clear();
        }
        return PATTERNS.computeIfAbsent(regex, r -> {
            try {
                return Optional.of(Pattern.compile(r));
            } catch (PatternSyntaxException e) {
                return Optional.empty();
            }
        });
    }
}
