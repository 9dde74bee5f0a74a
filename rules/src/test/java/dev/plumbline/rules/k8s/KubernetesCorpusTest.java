package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.config.Config;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.EngineRules;
import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Fix;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.PodSpec;
import dev.plumbline.syntax.k8s.Probe;
import dev.plumbline.testing.CorpusWorkspace;
import dev.plumbline.text.TextDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every Kubernetes file of the shared corpus: the model's views never throw (whether or not the file
 * is detected as Kubernetes), the rules raise no internal error, and every quick fix of every
 * finding applied to a real file removes its finding, adds none and keeps the file parsing. Prints
 * counts per rule ({@code -Dplumbline.corpus.verbose=true} lists findings); {@code CorpusTest} writes
 * the full listing for review.
 */
class KubernetesCorpusTest {

    private static final Analyzer ANALYZER = new Analyzer(BuiltinRules.registry(), message -> {
        throw new AssertionError(message);
    });

    @Test
    void everyCorpusFileIsModelledAndAnalysedAndEveryFixRoundTrips() throws IOException {
        Optional<Path> corpus = CorpusWorkspace.locate();
        Assumptions.assumeTrue(corpus.isPresent(), "shared corpus not found; set -D" + CorpusWorkspace.PROPERTY);
        List<Path> files;
        try (Stream<Path> listing = Files.list(corpus.get().resolve("kubernetes"))) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        List<String> failures = new ArrayList<>();
        Map<String, List<String>> byRule = new TreeMap<>();
        int resources = 0;
        int containers = 0;
        int fixes = 0;
        for (Path path : files) {
            String name = path.getFileName().toString();
            String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
            TextDocument document = TextDocument.of("file:///corpus/" + name, text);
            try {
                KubernetesFile model = KubernetesFile.parse(document, Cancellation.NONE);
                resources += model.resources().size();
                containers += touch(model);
                List<Finding> findings = analyze(document);
                for (Finding finding : findings) {
                    if (finding.ruleId().equals(EngineRules.INTERNAL_ERROR.id())) {
                        failures.add(name + ": " + finding.message());
                    }
                    byRule.computeIfAbsent(finding.ruleId(), k -> new ArrayList<>())
                            .add(name + ":" + finding.range() + " " + finding.message());
                }
                for (Finding finding : findings) {
                    for (Fix fix : finding.fixes()) {
                        fixes++;
                        checkRoundTrip(name, document, findings, finding, fix).ifPresent(failures::add);
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(name + ": threw " + e);
            }
        }
        boolean verbose = Boolean.getBoolean("plumbline.corpus.verbose");
        System.out.printf("Kubernetes corpus: %d files, %d resources, %d containers, %d fixes applied%n",
                files.size(), resources, containers, fixes);
        byRule.forEach((rule, list) -> {
            System.out.println("  " + rule + ": " + list.size());
            if (verbose) {
                list.forEach(f -> System.out.println("      " + f));
            }
        });
        assertTrue(files.size() > 0);
        assertEquals(List.of(), failures);
    }

    /** Reads every view of the model; returns the number of containers. */
    private static int touch(KubernetesFile model) {
        int count = 0;
        for (K8sResource resource : model.resources()) {
            resource.apiVersion();
            resource.group();
            resource.describe();
            resource.labels();
            resource.annotations();
            resource.kustomization().ifPresent(k -> k.images().forEach(i -> {
                i.newTag();
                i.digest();
            }));
            Optional<PodSpec> pod = resource.podSpec();
            if (pod.isEmpty()) {
                continue;
            }
            pod.get().securityContext();
            pod.get().templateMetadata();
            pod.get().ownerRange();
            pod.get().isWindows();
            pod.get().isLongRunning();
            for (Container container : pod.get().containers()) {
                count++;
                container.ownerRange();
                container.describe();
                container.image();
                container.securityContext();
                container.resources();
                container.effectiveSecurity("runAsUser");
                container.ports().forEach(p -> {
                    p.reference();
                    p.hostPortEntry();
                });
                for (Probe.Kind kind : Probe.Kind.values()) {
                    container.probe(kind).ifPresent(probe -> {
                        probe.handlerSignature();
                        probe.portEntry();
                        probe.host();
                    });
                }
            }
        }
        return count;
    }

    private static List<Finding> analyze(TextDocument document) {
        String path = document.uri().substring(document.uri().lastIndexOf('/') + 1);
        return ANALYZER.analyze(document, path, Config.DEFAULT, Cancellation.NONE).findings();
    }

    /** Applies {@code fix}: the finding's rule has one finding fewer, nothing new appears, the YAML still parses. */
    private static Optional<String> checkRoundTrip(String name, TextDocument before, List<Finding> was, Finding finding,
            Fix fix) {
        TextDocument after = before.applyEdits(fix.edits(), before.version() + 1);
        List<Finding> now = analyze(after);
        long wasOfRule = was.stream().filter(f -> f.ruleId().equals(finding.ruleId())).count();
        long nowOfRule = now.stream().filter(f -> f.ruleId().equals(finding.ruleId())).count();
        List<String> fresh = new ArrayList<>(now.stream().map(f -> f.ruleId() + " " + f.message()).toList());
        fresh.removeAll(was.stream().map(f -> f.ruleId() + " " + f.message()).toList());
        boolean brokeYaml = KubernetesFile.parse(after, Cancellation.NONE).yaml().problems().size()
                > KubernetesFile.parse(before, Cancellation.NONE).yaml().problems().size();
        if (nowOfRule != wasOfRule - 1 || !fresh.isEmpty() || brokeYaml) {
            return Optional.of(name + ":" + finding.range() + " fix '" + fix.title() + "' left " + nowOfRule + " of "
                    + wasOfRule + " findings, new " + fresh + (brokeYaml ? ", broke the YAML" : ""));
        }
        return Optional.empty();
    }
}
