package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.config.Config;
import dev.plumbline.config.RuleSetting;
import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Fix;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.testing.MarkedSource;
import dev.plumbline.text.TextDocument;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Comment and annotation suppressions in Kubernetes files, analysed with every built-in rule. */
class KubernetesSuppressionsTest {

    private static final Analyzer ANALYZER = new Analyzer(BuiltinRules.registry(), failure -> {
        throw new AssertionError(failure);
    });

    /** A Pod whose one container has an untagged image (k8s/untagged-image) and may escalate. */
    private static String pod(String annotations, String containers) {
        return "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n" + annotations + "spec:\n  containers:\n" + containers;
    }

    /** The rules these cases are written around; every other Kubernetes rule is switched off so the cases stay readable. */
    private static final Set<String> STUDIED = Set.of("k8s/yaml-syntax", "k8s/duplicate-key", "k8s/latest-tag",
            "k8s/untagged-image", "k8s/privilege-escalation");
    private static final Config QUIET = new Config(KubernetesRules.all().stream().map(rule -> rule.meta().id())
            .filter(id -> !STUDIED.contains(id)).collect(Collectors.toMap(id -> id, id -> RuleSetting.OFF)),
            List.of(), null, null, Map.of());

    private static AnalysisResult analyze(String text, Config config) {
        return ANALYZER.analyze(TextDocument.of("file:///w/deploy.yaml", text), "deploy.yaml", QUIET.overriddenBy(config),
                Cancellation.NONE);
    }

    /** Asserts that exactly the marked ranges still have findings, with these rule ids in order. */
    private static void assertRemaining(String marked, String... ruleIds) {
        assertRemaining(marked, Config.DEFAULT, ruleIds);
    }

    private static void assertRemaining(String marked, Config config, String... ruleIds) {
        MarkedSource source = MarkedSource.parse(marked);
        List<Finding> findings = analyze(source.text(), config).findings();
        String described = findings.stream().map(f -> f.range() + " " + f.ruleId()).toList().toString();
        assertEquals(source.ranges().stream().map(Object::toString).toList(),
                findings.stream().map(f -> f.range().toString()).toList(), described);
        assertEquals(List.of(ruleIds), findings.stream().map(Finding::ruleId).toList(), described);
    }

    @Nested
    class Comments {

        @Test
        void aCommentAboveAContainerSilencesThatContainerOnly() {
            assertRemaining(pod("", """
                        # plumbline ignore=privilege-escalation,untagged-image
                        - name: a
                          image: nginx
                        - «name: b»
                          image: nginx:1.27
                    """), "k8s/privilege-escalation");
        }

        @Test
        void aTrailingCommentSilencesItsLineAndPeerIdsWork() {
            assertRemaining(pod("", """
                        - name: a
                          image: nginx:latest # plumbline ignore=kube-linter-check-name-is-not-ours,latest-tag
                          securityContext: {allowPrivilegeEscalation: true} # plumbline ignore=privilege-escalation-container
                        - name: b
                          image: nginx:«latest»
                          securityContext: {allowPrivilegeEscalation: «true»}
                    """), "k8s/latest-tag", "k8s/privilege-escalation");
        }

        @Test
        void aGlobalCommentSilencesTheWholeFile() {
            assertRemaining("# plumbline global ignore=k8s/privilege-escalation\n" + pod("", """
                        - name: a
                          image: «nginx»
                    """) + "---\n" + pod("", "    - {name: b, image: «busybox»}\n"),
                    "k8s/untagged-image", "k8s/untagged-image");
        }
    }

    @Nested
    class Annotations {

        @Test
        void plumblineIgnoreTakesIdsSlugsAndPeerIdsForItsOwnDocumentOnly() {
            String annotated = pod("  annotations:\n    plumbline.dev/ignore: \"k8s/untagged-image, privilege-escalation-container\"\n",
                    "    - {name: a, image: nginx}\n");
            assertRemaining(annotated + "---\n" + pod("", "    - {«name: b», image: «busybox»}\n"),
                    "k8s/privilege-escalation", "k8s/untagged-image");
        }

        @Test
        void kubeLinterCheckAnnotationsSilenceTheFindingsStampedWithThatCheck() {
            assertRemaining(pod("  annotations:\n    ignore-check.kube-linter.io/latest-tag: \"vendor image\"\n",
                    "    - {«name: a», image: nginx}\n    - {«name: b», image: \"nginx:latest\"}\n"),
                    "k8s/privilege-escalation", "k8s/privilege-escalation");
            assertRemaining(pod("  annotations:\n    ignore-check.kube-linter.io/privilege-escalation-container: \"\"\n",
                    "    - {name: a, image: «nginx»}\n"), "k8s/untagged-image");
        }

        @Test
        void kubeLinterIgnoreAllLeavesFindingsWithoutAKubeLinterId() {
            assertRemaining(pod("  annotations:\n    kube-linter.io/ignore-all: \"true\"\n",
                    "    - {name: a, image: nginx}\n    - {name: b, image: \"nginx:1\", «image»: \"nginx:2\"}\n"),
                    "k8s/duplicate-key");
        }

        @Test
        void kubeScoreAndPolarisAnnotations() {
            assertRemaining(pod("  annotations:\n    kube-score/ignore: container-image-tag, other-check\n",
                    "    - {«name: a», image: nginx}\n"), "k8s/privilege-escalation");
            assertRemaining(pod("  annotations:\n    polaris.fairwinds.com/privilegeEscalationAllowed-exempt: \"true\"\n",
                    "    - {name: a, image: «nginx»}\n"), "k8s/untagged-image");
            assertRemaining(pod("  annotations:\n    polaris.fairwinds.com/exempt: \"true\"\n",
                    "    - {name: a, image: nginx}\n"));
            assertRemaining(pod("  annotations:\n    polaris.fairwinds.com/exempt: \"false\"\n",
                    "    - {«name: a», image: «nginx»}\n"), "k8s/privilege-escalation", "k8s/untagged-image");
        }

        @Test
        void annotationsOfAWorkloadCoverItsPodTemplate() {
            assertRemaining("""
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: web
                      annotations:
                        ignore-check.kube-linter.io/privilege-escalation-container: "handled by PSA"
                    spec:
                      template:
                        metadata:
                          annotations:
                            plumbline.dev/ignore: untagged-image
                        spec:
                          containers:
                            - name: web
                              image: «nginx»
                    """, "k8s/untagged-image");
        }

        @Test
        void annotationsOfAListItemCoverThatItemOnly() {
            assertRemaining("""
                    apiVersion: v1
                    kind: List
                    items:
                    - apiVersion: v1
                      kind: Pod
                      metadata:
                        name: a
                        annotations: {plumbline.dev/ignore: "untagged-image,privilege-escalation"}
                      spec:
                        containers: [{name: a, image: nginx}]
                    - apiVersion: v1
                      kind: Pod
                      metadata: {name: b}
                      spec:
                        containers: [{«name: b», image: «nginx»}]
                    """, "k8s/privilege-escalation", "k8s/untagged-image");
        }

        @Test
        void switchesTurnPeerAndInlineSuppressionsOff() {
            String annotations = "  annotations:\n    kube-linter.io/ignore-all: \"true\"\n"
                    + "    plumbline.dev/ignore: untagged-image\n";
            assertRemaining(pod(annotations, "    - {«name: a», image: nginx}\n"),
                    new Config(Map.of(), List.of(), null, false, Map.of()), "k8s/privilege-escalation");
            assertRemaining(pod(annotations, "    - {«name: a», image: «nginx»}\n"),
                    new Config(Map.of(), List.of(), false, null, Map.of()), "k8s/privilege-escalation", "k8s/untagged-image");
        }
    }

    @Test
    void theIgnoreFixAddsACommentAboveTheContainerAndSilencesIt() {
        String text = pod("", "    - name: a\n      image: nginx:1.27\n");
        AnalysisResult result = analyze(text, Config.DEFAULT);
        Finding finding = result.findings().get(0);
        Fix fix = result.ignoreFix(finding).orElseThrow();
        assertEquals("Ignore k8s/privilege-escalation on this line", fix.title());
        TextDocument fixed = TextDocument.of("file:///w/deploy.yaml", text).applyEdits(fix.edits(), 1);
        assertEquals(pod("", "    # plumbline ignore=k8s/privilege-escalation\n    - name: a\n      image: nginx:1.27\n"),
                fixed.text());
        assertTrue(analyze(fixed.text(), Config.DEFAULT).findings().isEmpty());
    }
}
