package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.MappingEdits;
import dev.plumbline.rules.k8s.support.RemovalEdits;
import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.text.TextEdit;
import java.util.Optional;

/** A container (any list) with {@code procMount: Unmasked}. */
public final class UnsafeProcMountRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/unsafe-proc-mount", "Container has an unmasked /proc",
            Severity.ERROR, Language.KUBERNETES,
            PeerId.of(PeerId.KUBE_LINTER, "unsafe-proc-mount"), PeerId.of(PeerId.POLARIS, "procMount"));

    static final String FIX_TITLE = "Remove procMount (use the masked default)";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (Container container : context.model().containers()) {
            Optional<YamlMapping> securityContext = container.securityContext();
            Optional<YamlEntry> procMount = securityContext.flatMap(sc -> KubeYaml.entry(sc, "procMount"));
            if (procMount.isEmpty() || !procMount.get().value().asText().map("Unmasked"::equals).orElse(false)) {
                continue;
            }
            RuleContext<KubernetesFile>.Report report = context.report(procMount.get().value().range(),
                    container.describe() + " mounts /proc unmasked, exposing the node's kernel settings and process"
                            + " information that the runtime normally hides");
            if (container.writtenInside(procMount.get().key())) {
                Optional<TextEdit> edit = RemovalEdits.removeEntry(securityContext.get(), procMount.get(),
                        context.document())
                        .or(() -> MappingEdits.setValue(procMount.get(), "Default", context.document()));
                edit.ifPresent(e -> report.fix(FIX_TITLE, e));
            }
        }
    }
}
