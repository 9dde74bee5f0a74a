package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Related;
import dev.plumbline.text.Range;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateResourceRuleTest {

    private static final String CONFIG = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n";

    @Test
    void flagsTheSameObjectTwiceInOneFile() {
        CrossFileTester.of(new DuplicateResourceRule()).verify("app/config.yaml",
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: «settings»\n---\n"
                        + "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: «settings»\n---\n"
                        + "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: other\n");
    }

    @Test
    void filesOutsideKustomizeBuildsAreNotComparedEvenInOneFolder() {
        // alternative bundles of one folder (install-native.yaml, install-frr.yaml) repeat objects on purpose
        CrossFileTester.of(new DuplicateResourceRule()).file("app/other.yaml", CONFIG).file("app/v2/config.yaml", CONFIG)
                .passes("app/config.yaml", CONFIG);
    }

    @Test
    void namesTheOtherDefinition() {
        assertEquals("ConfigMap/settings is defined again in app/other.yaml (line 2); one silently replaces the other,"
                + " or kustomize refuses the build", CrossFileTester.of(new DuplicateResourceRule())
                        .file("app/kustomization.yaml", "resources: [config.yaml, other.yaml]\n")
                        .file("app/other.yaml", CONFIG).onlyFinding("app/config.yaml", CONFIG).message());
    }

    @Test
    void oneKustomizeBuildMayNotHoldItTwice() {
        CrossFileTester.of(new DuplicateResourceRule())
                .file("base/kustomization.yaml", "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n"
                        + "resources: [config.yaml]\n")
                .file("base/config.yaml", CONFIG)
                .file("overlay/kustomization.yaml", "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n"
                        + "resources: [../base, extra/config.yaml]\npatches: [{path: patch.yaml}]\n")
                .file("overlay/patch.yaml", CONFIG)
                .verify("overlay/extra/config.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: «settings»\n");
    }

    @Test
    void patchFilesAreNotDefinitions() {
        CrossFileTester.of(new DuplicateResourceRule())
                .file("overlay/kustomization.yaml", "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n"
                        + "resources: [config.yaml]\npatchesStrategicMerge: [patch.yaml]\n")
                .file("overlay/config.yaml", CONFIG)
                .passes("overlay/patch.yaml", CONFIG);
    }

    @Test
    void pointsAtTheOtherDefinitionInThisFileOrAnother() {
        List<Finding> here = CrossFileTester.of(new DuplicateResourceRule())
                .findings("app/config.yaml", CONFIG + "---\n" + CONFIG);
        assertEquals(List.of(List.of(Related.here(Range.of(6, 0, 6, 0), "the other definition")),
                List.of(Related.here(Range.of(1, 0, 1, 0), "the other definition"))),
                here.stream().map(Finding::related).toList());

        Finding there = CrossFileTester.of(new DuplicateResourceRule())
                .file("app/kustomization.yaml", "resources: [config.yaml, other.yaml]\n")
                .file("app/other.yaml", "# shared\n" + CONFIG).onlyFinding("app/config.yaml", CONFIG);
        assertEquals(List.of(Related.in(Path.of("/repo/app/other.yaml").toUri().toString(), Range.of(2, 0, 2, 0),
                "the other definition")), there.related());
    }
}
