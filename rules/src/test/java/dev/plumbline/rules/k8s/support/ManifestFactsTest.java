package dev.plumbline.rules.k8s.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.rules.k8s.support.ManifestFacts.Kind;
import dev.plumbline.rules.k8s.support.ManifestFacts.ObjectFact;
import dev.plumbline.rules.k8s.support.ManifestFacts.Port;
import dev.plumbline.testing.CorpusWorkspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ManifestFactsTest {

    private static final String MANIFESTS = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: shop}
            spec:
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
                      ports: [{name: http, containerPort: 8080}, {containerPort: 9090}]
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec:
              clusterIP: None
              selector: {app: web}
              ports: [{name: http, port: 80, targetPort: http}]
            ---
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata: {name: web}
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
            """;

    private static Optional<ManifestFacts> extract(String path, String text) {
        return ManifestFacts.EXTRACTOR.extract(path, text);
    }

    @Test
    void readsObjectsWithTheirPodsServicesAndTargets() {
        List<ObjectFact> objects = extract("k8s/app.yaml", MANIFESTS).orElseThrow().objects();
        assertEquals(List.of("Deployment/web", "Service/web", "HorizontalPodAutoscaler/web"),
                objects.stream().map(ObjectFact::describe).toList());
        ObjectFact deployment = objects.get(0);
        assertEquals(new Kind("apps", "Deployment"), deployment.kind());
        assertEquals("shop", deployment.namespace());
        assertEquals(1, deployment.line());
        assertEquals(Map.of("app", "web"), deployment.pod().orElseThrow().labels());
        assertEquals(List.of(new Port("http", 8080), new Port("", 9090)), deployment.pod().orElseThrow().ports());
        assertTrue(objects.get(1).service().orElseThrow().headless());
        assertEquals(Optional.of("Deployment/web"), objects.get(2).scaleTarget());
    }

    @Test
    void kustomizationsWithOrWithoutApiVersionListTheirPaths() {
        ManifestFacts facts = extract("base/kustomization.yaml", """
                resources: [deployment.yaml, https://example.com/x.yaml, ../common]
                components: [../components/tls]
                patches: [{path: patch.yaml}, {patch: "- op: remove"}]
                patchesStrategicMerge: [memory.yaml]
                configMapGenerator: [{name: settings, literals: [A=1]}]
                secretGenerator: [{name: creds, envs: [creds.env]}]
                """).orElseThrow();
        ManifestFacts.KustomizationFact k = facts.kustomization().orElseThrow();
        assertEquals(List.of("deployment.yaml", "../common"), k.resources());
        assertEquals(List.of("../components/tls"), k.components());
        assertEquals(List.of("memory.yaml", "patch.yaml"), k.patches());
        assertEquals(java.util.Set.of("settings"), k.configMaps());
        assertEquals(java.util.Set.of("creds"), k.secrets());
    }

    @Test
    void helmTemplatesWorkflowsAndOtherYamlHaveNoFacts() {
        assertEquals(Optional.empty(), extract("chart/templates/svc.yaml", MANIFESTS.replace("name: web}", "name: {{ .Release.Name }}}")));
        assertEquals(Optional.empty(), extract(".github/workflows/ci.yml", "on: push\njobs: {}\n"));
        assertEquals(Optional.empty(), extract("compose.yaml", "services:\n  web:\n    image: nginx\n"));
        assertEquals(Optional.empty(), extract("binary.yaml", "\u0000\u0001garbage: [\n"));
    }

    @Test
    void bigFilesReadDocumentByDocumentGiveTheSameFacts() {
        String big = MANIFESTS.repeat(3).replace("kind: HorizontalPodAutoscaler\n", "kind: HorizontalPodAutoscaler\n---\n");
        assertEquals(ManifestFacts.parse("big.yaml", big), ManifestFacts.chunked("big.yaml", big));
        String crlf = big.replace("\n", "\r\n");
        assertEquals(ManifestFacts.parse("big.yaml", crlf), ManifestFacts.chunked("big.yaml", crlf));
    }

    @Test
    void everyCorpusManifestGivesTheSameFactsWholeOrByDocument() throws IOException {
        Optional<Path> corpus = CorpusWorkspace.locate();
        Assumptions.assumeTrue(corpus.isPresent(), "no corpus");
        try (Stream<Path> files = Files.list(corpus.get().resolve("kubernetes"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                String name = file.getFileName().toString();
                assertEquals(ManifestFacts.parse(name, text), ManifestFacts.chunked(name, text), name);
            }
        }
    }
}
