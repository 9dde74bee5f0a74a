package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.ScalarEdits;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.schema.K8sSchema;
import dev.plumbline.syntax.k8s.schema.SchemaField;
import dev.plumbline.syntax.k8s.schema.SchemaType;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.syntax.yaml.YamlSequence;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A byte quantity (memory, storage, ephemeral storage, huge pages, an emptyDir size limit) written
 * with the milli suffix ({@code 512m} is 0.512 bytes) or as a bare number below 1Mi
 * ({@code memory: 512} is 512 bytes): valid syntax, almost certainly not what was meant.
 */
public final class SuspiciousQuantityRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/suspicious-quantity", "Byte quantity is implausibly small",
            Severity.WARNING, Language.KUBERNETES);

    private static final Pattern MILLI = Pattern.compile("([0-9]+(?:\\.[0-9]*)?)m");
    private static final Pattern BYTE_RESOURCE = Pattern.compile(
            "(?:(?:requests|limits)\\.)?(?:memory|storage|ephemeral-storage|hugepages-.+)|sizeLimit");
    private static final BigDecimal ONE_MI = BigDecimal.valueOf(1024 * 1024);
    private static final int MAX_DEPTH = 100;

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (K8sResource resource : context.model().resources()) {
            K8sSchema.builtin().kind(resource.apiVersion(), resource.kind())
                    .ifPresent(kind -> walk(context, resource.root(), kind.type(), 0));
        }
    }

    /** Follows the schema down to quantity values, so only real quantities are judged. */
    private void walk(RuleContext<KubernetesFile> context, YamlNode node, SchemaType type, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        switch (type.kind()) {
            case OBJECT -> node.asMapping().ifPresent(mapping -> {
                for (YamlEntry entry : mapping.withMerges().entries()) {
                    Optional<SchemaField> field = entry.keyText().flatMap(type::field);
                    if (field.isEmpty()) {
                        continue;
                    }
                    if (field.get().type().kind() == SchemaType.Kind.QUANTITY) {
                        judge(context, field.get().name(), entry.value());
                    } else {
                        walk(context, entry.value(), field.get().type(), depth + 1);
                    }
                }
            });
            case ARRAY -> node.asSequence().map(YamlSequence::items)
                    .ifPresent(items -> items.forEach(item -> walk(context, item, type.element().orElseThrow(), depth + 1)));
            case MAP -> node.asMapping().ifPresent(mapping -> {
                SchemaType values = type.element().orElseThrow();
                for (YamlEntry entry : mapping.withMerges().entries()) {
                    if (values.kind() == SchemaType.Kind.QUANTITY) {
                        entry.keyText().ifPresent(key -> judge(context, key, entry.value()));
                    } else {
                        walk(context, entry.value(), values, depth + 1);
                    }
                }
            });
            default -> {
            }
        }
    }

    private void judge(RuleContext<KubernetesFile> context, String resourceName, YamlNode written) {
        Optional<YamlScalar> scalar = written.asScalar();
        if (scalar.isEmpty() || !BYTE_RESOURCE.matcher(resourceName).matches()) {
            return;
        }
        String value = scalar.get().value().strip();
        KubeYaml.Decoded decoded = KubeYaml.decodedType(scalar.get());
        Matcher milli = MILLI.matcher(value);
        if (decoded == KubeYaml.Decoded.STRING && milli.matches()) {
            String number = milli.group(1);
            BigDecimal bytes = new BigDecimal(number.endsWith(".") ? number + "0" : number).movePointLeft(3);
            String meant = number + "Mi";
            RuleContext<KubernetesFile>.Report report = context.report(written.range(), "\"" + resourceName + ": "
                    + value + "\" is " + bytes.stripTrailingZeros().toPlainString() + " bytes (m means milli, a"
                    + " thousandth); you probably mean " + meant);
            ScalarEdits.replace(written, meant).ifPresent(edit -> report.fix("Use " + meant, edit));
            return;
        }
        if (decoded == KubeYaml.Decoded.INT || decoded == KubeYaml.Decoded.FLOAT) {
            try {
                BigDecimal bytes = new BigDecimal(value.replace("_", ""));
                if (bytes.signum() > 0 && bytes.compareTo(ONE_MI) < 0) {
                    context.report(written.range(), "\"" + resourceName + ": " + value + "\" is " + value
                            + " bytes, which is too little for anything; add a unit such as Mi or Gi");
                }
            } catch (NumberFormatException e) {
                // octal, hex or another form a reader would not write for bytes: not judged
            }
        }
    }
}
