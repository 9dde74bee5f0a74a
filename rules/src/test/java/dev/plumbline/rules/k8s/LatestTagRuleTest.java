package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.engine.PeerId;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LatestTagRuleTest {

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n";
    private static final String DIGEST = "sha256:" + "0123456789abcdef".repeat(4);

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new LatestTagRule(), new KubernetesLanguage(), "deploy.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("every container list", POD + """
                          initContainers:
                            - name: init
                              image: busybox:«latest»
                          containers:
                            - name: app
                              image: registry.local:5000/team/app:«latest»
                          ephemeralContainers:
                            - name: debug
                              image: 'busybox:«latest»'
                        """),
                RuleCase.flags("quoted, flow and anchored values are exact", POD + """
                          containers:
                            - {name: a, image: "nginx:«latest»"}
                            - name: b
                              image: &img nginx:«latest»
                            - name: c
                              image: *img
                        """.replace("image: *img", "image: «*img»")),
                RuleCase.flags("a value continued on the next line", POD + """
                          containers:
                            - name: a
                              image: "nginx:\\
                                «latest»"
                        """),
                RuleCase.flags("every workload kind", """
                        apiVersion: batch/v1
                        kind: CronJob
                        spec:
                          jobTemplate:
                            spec:
                              template:
                                spec:
                                  containers: [{name: c, image: "alpine:«latest»"}]
                        ---
                        apiVersion: apps/v1
                        kind: StatefulSet
                        spec:
                          template:
                            spec:
                              containers: [{name: s, image: "redis:«latest»"}]
                        """),
                RuleCase.flags("kustomization newTag", """
                        apiVersion: kustomize.config.k8s.io/v1beta1
                        kind: Kustomization
                        images:
                          - name: nginx
                            newTag: «latest»
                          - name: api
                            newTag: latest
                            digest: %s
                          - name: web
                            newTag: "1.2"
                        """.formatted(DIGEST)),
                RuleCase.passes("pinned, digest, untagged, placeholders, invalid", POD + """
                          containers:
                            - {name: a, image: "nginx:1.27"}
                            - {name: b, image: "nginx:latest@%s"}
                            - {name: c, image: nginx}
                            - {name: d, image: "nginx:${TAG}"}
                            - {name: e, image: "{{ .Values.image }}:latest"}
                            - {name: f, image: "$(IMAGE):latest"}
                            - {name: g, image: "Nginx:latest"}
                            - {name: h, image: ~}
                            - {name: i, image: [nginx:latest]}
                            - {name: latest, image: "latest:1"}
                        """.formatted(DIGEST)),
                RuleCase.passes("images outside containers", """
                        apiVersion: example.com/v1
                        kind: Widget
                        spec:
                          image: nginx:latest
                          template:
                            spec:
                              containers: [{name: a, image: "nginx:latest"}]
                        ---
                        apiVersion: v1
                        kind: ConfigMap
                        data:
                          image: nginx:latest
                        """),
                RuleCase.passes("empty file", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messagesNameTheImageAndTheContainer() {
        tester.assertMessage(POD + "  initContainers: [{name: init, image: \"busybox:latest\"}]\n",
                "Image \"busybox:latest\" of Init container \"init\" uses the \"latest\" tag, which changes over time;"
                        + " pin a version (and ideally a digest)");
        tester.assertMessage("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nimages:\n"
                + "  - {name: nginx, newTag: latest}\n", "Kustomize image override for \"nginx\" sets the \"latest\""
                + " tag, which changes over time; pin a version (and ideally a digest)");
    }

    @Test
    void containerFindingsCarryThePeerIdsKustomizeFindingsNone() {
        assertEquals(List.of(PeerId.of(PeerId.KUBE_LINTER, "latest-tag"), PeerId.of(PeerId.KUBE_SCORE, "container-image-tag")),
                tester.onlyFinding(POD + "  containers: [{name: a, image: \"nginx:latest\"}]\n").peers());
        assertEquals(List.of(), tester.onlyFinding("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n"
                + "images:\n  - {name: nginx, newTag: latest}\n").peers());
    }
}
