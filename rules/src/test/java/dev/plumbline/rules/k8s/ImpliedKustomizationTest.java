package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.config.Config;
import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Language;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.text.TextDocument;
import dev.plumbline.workspace.WorkspaceIndex;
import dev.plumbline.workspace.WorkspaceScanner;
import dev.plumbline.workspace.WorkspaceView;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A kustomization file may leave out apiVersion and kind (kustomize defaults them): it is still
 * Kubernetes, gets exactly the findings the same file with them written gets, and no finding about
 * their absence.
 */
class ImpliedKustomizationTest {

    private static final String HEADER = "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n";
    private static final String BODY = """
            namespace: shop
            bases:
              - ../base
            resources:
              - deployment.yaml
              - servcie.yaml
              - github.com/example/platform/monitoring
            commonLabels:
              app: shop
            images:
              - name: shop
                newTag: latest
            """;

    private final Analyzer analyzer = new Analyzer(BuiltinRules.registry(), failure -> {
        throw new AssertionError(failure);
    });

    private AnalysisResult analyse(String path, String text) {
        WorkspaceIndex index = new WorkspaceIndex(Path.of("/repo").toAbsolutePath());
        WorkspaceScanner scanner = new WorkspaceScanner(BuiltinRules.registry().factsExtractors());
        scanner.update(index, "base/kustomization.yaml", "resources: []\n");
        scanner.update(index, "app/deployment.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n");
        scanner.update(index, path, text);
        index.markComplete();
        TextDocument document = TextDocument.of(index.root().resolve(path).toUri().toString(), text);
        return analyzer.analyze(document, path, Config.DEFAULT, new WorkspaceView(index, path), Cancellation.NONE);
    }

    private static List<String> described(List<Finding> findings, int lineShift) {
        return findings.stream().map(f -> f.range().shiftLines(lineShift) + " " + f.ruleId() + " " + f.message()).toList();
    }

    @Test
    void getsTheFindingsOfTheSameFileWithApiVersionAndKindWritten() {
        AnalysisResult implied = analyse("app/kustomization.yaml", BODY);
        AnalysisResult written = analyse("app/kustomization.yaml", HEADER + BODY);

        assertEquals(Optional.of(Language.KUBERNETES), implied.language());
        assertEquals(described(written.findings(), -2), described(implied.findings(), 0));
        List<String> rules = implied.findings().stream().map(Finding::ruleId).distinct().sorted().toList();
        assertEquals(List.of("k8s/kustomize-deprecated-field", "k8s/kustomize-missing-path", "k8s/kustomize-unpinned",
                "k8s/latest-tag"), rules);
    }

    @Test
    void everyKustomizationFileNameCountsAndOtherNamesDoNot() {
        for (String name : List.of("kustomization.yaml", "kustomization.yml", "Kustomization")) {
            List<String> rules = analyse("app/" + name, BODY).findings().stream().map(Finding::ruleId).toList();
            assertTrue(rules.contains("k8s/kustomize-unpinned"), name + ": " + rules);
        }
        AnalysisResult other = analyse("app/settings.yaml", BODY);
        assertEquals(Optional.empty(), other.language());
        assertEquals(List.of(), other.findings());
    }

    @Test
    void aComponentMayLeaveOutItsApiVersion() {
        KubernetesFile file = KubernetesFile.parse(TextDocument.of("file:///w/kustomization.yaml",
                "kind: Component\nresources: [a.yaml]\n"), Cancellation.NONE);
        K8sResource component = file.resources().get(0);
        assertEquals("kustomize.config.k8s.io/v1alpha1", component.apiVersion());
        assertTrue(component.isKustomization() && component.isImplied());
        assertEquals(1, file.kustomizations().size());
    }

    @Test
    void onlyKustomizationsAreImpliedAndOnlyInAKustomizationFile() {
        String deployment = "kind: Deployment\nmetadata: {name: web}\n";
        assertEquals(List.of(), KubernetesFile.parse(TextDocument.of("file:///w/kustomization.yaml", deployment),
                Cancellation.NONE).resources());
        assertEquals(List.of(), KubernetesFile.parse(TextDocument.of("file:///w/other.yaml", BODY),
                Cancellation.NONE).resources());
        KubernetesFile written = KubernetesFile.parse(TextDocument.of("file:///w/kustomization.yaml", HEADER + BODY),
                Cancellation.NONE);
        assertFalse(written.resources().get(0).isImplied());
    }

    @Test
    void anEditKeepsTheImpliedKustomization() {
        TextDocument before = TextDocument.of("file:///w/kustomization.yaml", BODY);
        KubernetesFile parsed = KubernetesFile.parse(before, Cancellation.NONE);
        TextDocument after = before.applyEdits(List.of(new dev.plumbline.text.TextEdit(
                dev.plumbline.text.Range.of(0, 11, 0, 15), "prod")), 2);
        KubernetesFile reparsed = KubernetesFile.reparse(parsed, after, Cancellation.NONE);
        assertEquals(1, reparsed.kustomizations().size());
        assertEquals(Optional.of("prod"), reparsed.resources().get(0).root().at("namespace").flatMap(n -> n.asText()));
    }
}
