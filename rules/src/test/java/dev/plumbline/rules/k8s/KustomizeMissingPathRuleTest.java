package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KustomizeMissingPathRuleTest {

    private final CrossFileTester tester = CrossFileTester.of(new KustomizeMissingPathRule())
            .file("base/deployment.yaml", DanglingServiceRuleTest.DEPLOYMENT)
            .file("base/kustomization.yaml", "resources: [deployment.yaml]\n")
            .file("overlay/patch.yaml", "")
            .file("overlay/app.env", "A=1\n")
            .file("overlay/files/nginx.conf", "");

    @Test
    void flagsEveryKindOfLocalPathThatDoesNotExist() {
        tester.verify("overlay/kustomization.yaml", """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources:
                  - ../base
                  - «../bsae»
                  - «service.yaml»
                  - https://github.com/example/app//deploy?ref=v1.2.0
                  - github.com/example/app/deploy?ref=v1.2.0
                components: [«../components/tracing»]
                patches:
                  - path: patch.yaml
                  - path: «replicas.yaml»
                  - patch: |-
                      - op: add
                patchesStrategicMerge:
                  - «memory.yaml»
                configMapGenerator:
                  - name: conf
                    files: [files/nginx.conf, site.conf=«files/site.conf»]
                    envs: [app.env, «missing.env»]
                """);
    }

    @Test
    void namesWhereItLooked() {
        assertEquals("\"../bsae\" does not exist (looked for bsae), so kustomize build fails",
                tester.onlyFinding("overlay/kustomization.yaml",
                        "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [../bsae]\n").message());
    }

    @Test
    void pathsOutsideTheWorkspaceOrThroughSkippedFoldersAreNotJudged() {
        tester.passes("overlay/kustomization.yaml", "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n"
                + "resources: [../../../elsewhere, vendor/app, .cache/x.yaml]\n");
    }

    @Test
    void staysQuietBeforeTheIndexIsReady() {
        CrossFileTester.of(new KustomizeMissingPathRule()).incomplete().passes("k/kustomization.yaml",
                "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [nothing.yaml]\n");
    }
}
