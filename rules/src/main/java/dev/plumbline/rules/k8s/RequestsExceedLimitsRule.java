package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.ContainerResources;
import dev.plumbline.rules.k8s.support.Quantity;
import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A container or init container that requests more of a resource than its limit allows; the API
 * server rejects it. Amounts that are no quantity are left to the schema rules.
 */
public final class RequestsExceedLimitsRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/requests-exceed-limits", "Resource request is above its limit",
            Severity.ERROR, Language.KUBERNETES);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (Container container : ContainerResources.containers(context.model())) {
            Optional<YamlMapping> requests = ContainerResources.section(container, ContainerResources.REQUESTS);
            Optional<YamlMapping> limits = ContainerResources.section(container, ContainerResources.LIMITS);
            if (requests.isEmpty() || limits.isEmpty()) {
                continue;
            }
            for (YamlEntry request : requests.get().withMerges().entries()) {
                Optional<String> resource = request.keyText();
                if (resource.isEmpty()) {
                    continue;
                }
                Optional<YamlNode> limit = KubeYaml.get(limits.get(), resource.get());
                Optional<String> requested = request.value().asText();
                Optional<String> allowed = limit.flatMap(YamlNode::asText);
                Optional<BigDecimal> r = requested.flatMap(Quantity::parse);
                Optional<BigDecimal> l = allowed.flatMap(Quantity::parse);
                if (r.isPresent() && l.isPresent() && r.get().compareTo(l.get()) > 0) {
                    context.report(request.value().range(), container.describe() + " requests " + requested.get()
                            + " " + resource.get() + " but is limited to " + allowed.get()
                            + "; the API server rejects a request above its limit");
                }
            }
        }
    }
}
