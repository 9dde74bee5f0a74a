package dev.plumbline.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.text.TextDocument;
import org.junit.jupiter.api.Test;

class KubernetesGeneratorTest {

    @Test
    void aThousandDeploymentsMakeAbout37000LinesOfValidYaml() {
        String text = KubernetesGenerator.generate(1000, 42);
        long lines = text.lines().count();
        assertTrue(lines > 35_000 && lines < 39_000, "lines: " + lines);
        KubernetesFile file = KubernetesFile.parse(TextDocument.of("file:///m.yaml", text), Cancellation.NONE);
        assertEquals(1000, file.resources().size());
        assertTrue(file.yaml().problems().isEmpty());
        assertEquals(text, KubernetesGenerator.generate(1000, 42));
    }
}
