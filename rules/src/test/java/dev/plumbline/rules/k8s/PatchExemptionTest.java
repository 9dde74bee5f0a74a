package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Rule;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A file a kustomization applies as a patch holds only what it changes, whatever its name: the rules
 * that report something missing skip it, the rules about what is written still judge it.
 */
class PatchExemptionTest {

    /** The overlay's kustomization: {@code prod.yaml} is a patch, not a resource. */
    private static final String KUSTOMIZATION = """
            resources: [../base]
            patches:
              - path: prod.yaml
            """;
    /** A typical production patch: more replicas, an image, a readiness probe on the base's port. */
    private static final String PATCH = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 3
              template:
                spec:
                  containers:
                    - name: web
                      image: registry.example.com/web:1.2.3
                      readinessProbe:
                        httpGet: {path: /ready, port: http}
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: web
            spec:
              selector:
                matchLabels: {app: web}
            ---
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata:
              name: web
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
              maxReplicas: 6
            """;
    private static final String JOB = """
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: migrate
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers:
                    - name: migrate
                      image: registry.example.com/migrate:1.2.3
            """;

    /** Every rule that judges absence, with a text where it finds something missing. */
    static Stream<List<Object>> absenceRules() {
        return Stream.of(
                List.of(new MissingLivenessProbeRule(), PATCH),
                List.of(new MissingReadinessProbeRule(), PATCH.replace("readinessProbe", "livenessProbe")),
                List.of(new MissingRequestsRule(), PATCH),
                List.of(new MissingCpuLimitRule(), PATCH),
                List.of(new MissingMemoryLimitRule(), PATCH),
                List.of(new RunAsNonRootRule(), PATCH),
                List.of(new PrivilegeEscalationRule(), PATCH),
                List.of(new ReadOnlyRootFsRule(), PATCH),
                List.of(new CapabilitiesNotDroppedRule(), PATCH),
                List.of(new SeccompProfileRule(), PATCH),
                List.of(new AutomountServiceAccountTokenRule(), PATCH),
                List.of(new ReplicasNotSpreadRule(), PATCH),
                List.of(new SingleReplicaRule(), PATCH),
                List.of(new PdbUnhealthyPodEvictionPolicyRule(), PATCH),
                List.of(new ProbePortNotExposedRule(), PATCH.replace("image:", "ports: [{containerPort: 80}]\n          image:")),
                List.of(new JobTtlRule(), JOB),
                List.of(new MissingRequiredFieldRule(), PATCH.replace("          image: registry.example.com/web:1.2.3\n", "")));
    }

    @SuppressWarnings("unchecked")
    @ParameterizedTest(name = "{0}")
    @MethodSource("absenceRules")
    void aRuleAboutWhatIsMissingSkipsAFileAKustomizationAppliesAsAPatch(List<Object> c) {
        Rule<KubernetesFile> rule = (Rule<KubernetesFile>) c.get(0);
        String text = (String) c.get(1);
        List<Finding> alone = CrossFileTester.of(rule).findings("overlay/prod.yaml", text);
        assertFalse(alone.isEmpty(), rule.meta().id() + " finds something missing in a file of its own");
        List<Finding> patched = CrossFileTester.of(rule).file("overlay/kustomization.yaml", KUSTOMIZATION)
                .findings("overlay/prod.yaml", text);
        assertEquals(List.of(), patched, () -> RuleTester.describe(patched));
    }

    @Test
    void aPatchFileNameIsEnoughWithoutAWorkspace() {
        assertEquals(List.of(), RuleTester.of(new MissingLivenessProbeRule(), new KubernetesLanguage(),
                "overlay/replicas-patch.yaml").findings(PATCH));
    }

    @Test
    void aFileListedAsAResourceIsNoPatch() {
        List<Finding> found = CrossFileTester.of(new MissingLivenessProbeRule())
                .file("overlay/kustomization.yaml", "resources: [prod.yaml]\n").findings("overlay/prod.yaml", PATCH);
        assertEquals(1, found.size(), () -> RuleTester.describe(found));
    }

    @Test
    void beforeTheFirstScanOnlyTheNameTells() {
        List<Finding> found = CrossFileTester.of(new MissingLivenessProbeRule()).incomplete()
                .file("overlay/kustomization.yaml", KUSTOMIZATION).findings("overlay/prod.yaml", PATCH);
        assertEquals(1, found.size(), "a half-built index cannot say it is a patch");
    }

    @Test
    void whatAPatchWritesIsStillJudged() {
        String container = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                  namespace: «default»
                spec:
                  template:
                    spec:
                      securityContext:
                        seccompProfile: {type: «Unconfined»}
                      containers:
                        - name: web
                          image: registry.example.com/web:«latest»
                          securityContext:
                            privileged: «true»
                            runAsUser: «0»
                            allowPrivilegeEscalation: «true»
                            readOnlyRootFilesystem: «false»
                            capabilities:
                              «drop»: [NET_RAW]
                              add: [«SYS_ADMIN»]
                          resources:
                            limits:
                              memory: «512m»
                          colour: red
                """;
        verify(new DefaultNamespaceRule(), container, "default");
        verify(new SeccompProfileRule(), container, "Unconfined");
        verify(new LatestTagRule(), container, "latest");
        verify(new PrivilegedContainerRule(), container, "true");
        verify(new RunAsRootRule(), container, "0");
        verify(new ReadOnlyRootFsRule(), container, "false");
        verify(new CapabilitiesNotDroppedRule(), container, "drop");
        verify(new DangerousCapabilitiesRule(), container, "SYS_ADMIN");
        verify(new SuspiciousQuantityRule(), container, "512m");
        List<Finding> unknown = CrossFileTester.of(new UnknownFieldRule()).file("overlay/kustomization.yaml", KUSTOMIZATION)
                .findings("overlay/prod.yaml", container.replace("«", "").replace("»", ""));
        assertEquals(1, unknown.size(), () -> RuleTester.describe(unknown));
        assertEquals("25:11-25:17", unknown.get(0).range().toString(), "1-based: the colour key");
    }

    /** The rule reports exactly the «mark» that starts with {@code marked} on the patch file (others unmarked). */
    private static void verify(Rule<KubernetesFile> rule, String text, String marked) {
        int at = text.indexOf("«" + marked);
        String only = text.substring(0, at).replace("«", "").replace("»", "") + "«"
                + text.substring(at + 1).replaceFirst("»", "\u0000").replace("«", "").replace("»", "").replace("\u0000", "»");
        CrossFileTester.of(rule).file("overlay/kustomization.yaml", KUSTOMIZATION).verify("overlay/prod.yaml", only);
    }
}
