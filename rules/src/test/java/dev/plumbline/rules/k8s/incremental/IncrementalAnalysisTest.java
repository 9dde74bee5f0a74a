package dev.plumbline.rules.k8s.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.config.Config;
import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleRegistry;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlDocument;
import dev.plumbline.testing.CorpusWorkspace;
import dev.plumbline.text.TextDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * An analysis that starts from the previous one (re-parsing and re-checking only the documents an
 * edit touched) finds exactly what a fresh analysis finds, and the rules marked part-local really are.
 */
class IncrementalAnalysisTest {

    private static final RuleRegistry REGISTRY = BuiltinRules.registry();
    private static final Analyzer ANALYZER = new Analyzer(REGISTRY, message -> {
        throw new AssertionError(message);
    });
    private static final String URI = "file:///w/app.yaml";

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web%d
            spec:
              replicas: 3
              selector:
                matchLabels: {app: web%d}
              template:
                metadata:
                  labels: {app: web%d}
                spec:
                  containers:
                    - name: web
                      image: nginx:latest
                      ports: [{containerPort: 8080}]
                      securityContext: {runAsUser: 0}
            """;
    private static final String OTHERS = """
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata: {name: web1}
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web1}
              minReplicas: 2
              maxReplicas: 5
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web0}
            spec:
              selector: {app: web0}
              ports: [{port: 80, targetPort: 8080}]
            ---
            apiVersion: apiextensions.k8s.io/v1
            kind: CustomResourceDefinition
            metadata: {name: widgets.example.com}
            spec:
              group: example.com
              names: {kind: Widget, plural: widgets}
              scope: Namespaced
              versions:
                - name: v1
                  served: true
                  storage: true
                  schema:
                    openAPIV3Schema:
                      type: object
                      properties:
                        spec:
                          type: object
                          properties:
                            size: {type: integer}
            ---
            apiVersion: example.com/v1
            kind: Widget
            metadata: {name: w}
            spec: {size: three, colour: red}
            """;

    private static String file(int deployments) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < deployments; i++) {
            out.append(DEPLOYMENT.formatted(i, i, i)).append("---\n");
        }
        return out.append(OTHERS).toString();
    }

    private static Set<String> render(List<Finding> findings) {
        Set<String> out = new TreeSet<>();
        for (Finding f : findings) {
            out.add(f.range() + " " + f.ruleId() + " " + f.severity() + " " + f.message() + " " + f.fixes() + " " + f.peers());
        }
        return out;
    }

    @Test
    void randomEditsFindWhatAFreshAnalysisFinds() {
        Random random = new Random(11);
        List<String> pieces = List.of("\n", "x", " ", "---\n", "latest", "1.2.3", "0", "#", ":", "- ", "  name: z\n",
                "privileged: true", "\r\n", "size: 4", "Widget", "web1", "app: web0");
        for (int round = 0; round < 8; round++) {
            TextDocument document = TextDocument.of(URI, "yaml", 1, file(4));
            AnalysisResult previous = ANALYZER.analyze(document, "app.yaml", Config.DEFAULT, null, null, Cancellation.NONE);
            for (int step = 0; step < 20; step++) {
                String text = document.text();
                int start = random.nextInt(text.length() + 1);
                int end = Math.min(text.length(), start + (random.nextInt(4) == 0 ? random.nextInt(30) : 0));
                String insert = random.nextInt(5) == 0 ? "" : pieces.get(random.nextInt(pieces.size()));
                document = document.withText(text.substring(0, start) + insert + text.substring(end),
                        document.version() + 1);
                AnalysisResult incremental = ANALYZER.analyze(document, "app.yaml", Config.DEFAULT, null, previous,
                        Cancellation.NONE);
                AnalysisResult fresh = ANALYZER.analyze(document, "app.yaml", Config.DEFAULT, null, null,
                        Cancellation.NONE);
                if (!render(fresh.findings()).equals(render(incremental.findings()))) {
                    assertEquals(String.join("\n", render(fresh.findings())),
                            String.join("\n", render(incremental.findings())), "after the edit to:\n" + document.text());
                }
                assertEquals(fresh.findings().size(), incremental.findings().size());
                previous = incremental;
            }
        }
    }

    @Test
    void anEditInOneDocumentChecksOnlyThatDocumentWithLocalRules() {
        List<Integer> seen = new ArrayList<>();
        TextDocument document = TextDocument.of(URI, "yaml", 1, file(5));
        AnalysisResult first = ANALYZER.analyze(document, "app.yaml", Config.DEFAULT, null, null, Cancellation.NONE);
        TextDocument edited = document.withText(document.text().replace("name: web2\n", "name: web2x\n"), 2);
        KubernetesFile model = (KubernetesFile) first.model().orElseThrow();
        KubernetesFile next = new dev.plumbline.rules.k8s.KubernetesLanguage().reparse(model, edited, Cancellation.NONE);
        List<YamlDocument> changed = next.yaml().documents().stream()
                .filter(d -> model.yaml().documents().stream().noneMatch(o -> o.identity() == d.identity())).toList();
        changed.forEach(d -> seen.add(d.startLine()));
        assertEquals(List.of(35), seen, "only the third Deployment is new");
        AnalysisResult second = ANALYZER.analyze(edited, "app.yaml", Config.DEFAULT, null, first, Cancellation.NONE);
        AnalysisResult fresh = ANALYZER.analyze(edited, "app.yaml", Config.DEFAULT, null, null, Cancellation.NONE);
        assertEquals(render(fresh.findings()), render(second.findings()));
        assertTrue(second.findings().stream().anyMatch(f -> f.ruleId().equals("k8s/latest-tag")));
    }

    @Test
    void everyPartLocalRuleIsARegisteredKubernetesRule() {
        Set<String> ids = new TreeSet<>();
        REGISTRY.binding(dev.plumbline.engine.Language.KUBERNETES).orElseThrow().rules()
                .forEach(r -> ids.add(r.meta().id()));
        Set<String> unknown = new TreeSet<>(KubernetesParts.LOCAL);
        unknown.removeAll(ids);
        assertEquals(Set.of(), unknown);
    }

    /** Over the corpus: each local rule finds in one document alone (with the file's CRDs) what it finds there in the whole file. */
    @Test
    void partLocalRulesFindTheSameInADocumentAloneOverTheCorpus() throws IOException {
        Optional<Path> corpus = CorpusWorkspace.locate();
        Assumptions.assumeTrue(corpus.isPresent(), "shared corpus not found");
        List<Path> files;
        try (Stream<Path> listing = Files.list(corpus.get().resolve("kubernetes"))) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        KubernetesParts parts = new KubernetesParts();
        @SuppressWarnings("unchecked")
        List<Rule<KubernetesFile>> local = REGISTRY.binding(dev.plumbline.engine.Language.KUBERNETES).orElseThrow()
                .rules().stream().filter(r -> parts.isLocal(r.meta())).map(r -> (Rule<KubernetesFile>) r).toList();
        List<String> differences = new ArrayList<>();
        for (Path path : files) {
            TextDocument document = TextDocument.of("file:///corpus/" + path.getFileName(),
                    new String(Files.readAllBytes(path), StandardCharsets.UTF_8));
            KubernetesFile model = KubernetesFile.parse(document, Cancellation.NONE);
            if (model.yaml().documents().size() < 2) {
                continue;
            }
            var all = parts.parts(model);
            List<KubernetesFile> alone = all.stream().map(p -> parts.restrict(model, List.of(p))).toList();
            for (Rule<KubernetesFile> rule : local) {
                Set<String> whole = render(run(rule, model, document));
                Set<String> pieces = new TreeSet<>();
                for (int i = 0; i < all.size(); i++) {
                    var part = all.get(i);
                    for (Finding f : run(rule, alone.get(i), document)) {
                        int line = f.range().start().line();
                        if (line >= part.startLine() && line <= Math.max(part.startLine(), part.lastLine())) {
                            pieces.add(render(List.of(f)).iterator().next());
                        }
                    }
                }
                if (!whole.equals(pieces)) {
                    differences.add(path.getFileName() + " " + rule.meta().id());
                }
            }
        }
        assertEquals(List.of(), differences);
    }

    private static List<Finding> run(Rule<KubernetesFile> rule, KubernetesFile model, TextDocument document) {
        RuleContext<KubernetesFile> context = new RuleContext<>(rule.meta(), model, document, Config.DEFAULT,
                Cancellation.NONE);
        rule.check(context);
        return context.findings();
    }

}
