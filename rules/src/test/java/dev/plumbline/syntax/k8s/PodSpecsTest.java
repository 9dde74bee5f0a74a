package dev.plumbline.syntax.k8s;

import static dev.plumbline.syntax.k8s.KubernetesFileTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Where every workload kind keeps its pod spec, and which resources have none. */
class PodSpecsTest {

    private static final String POD_SPEC = """
            spec:
              securityContext: {runAsNonRoot: true}
              initContainers:
                - name: init
                  image: busybox:1.36
              containers:
                - name: app
                  image: nginx:1.27
              ephemeralContainers:
                - name: debug
                  image: busybox:1.36
            """;

    /** {@code POD_SPEC} with its {@code spec:} indented under {@code path} (keys), each level two spaces. */
    private static String workload(String apiVersion, String kind, String... path) {
        StringBuilder out = new StringBuilder("apiVersion: " + apiVersion + "\nkind: " + kind + "\nmetadata:\n  name: w\n");
        int depth = 0;
        for (String key : path) {
            out.append("  ".repeat(depth)).append(key).append(":\n");
            depth++;
        }
        String indent = "  ".repeat(depth);
        POD_SPEC.lines().forEach(line -> out.append(indent).append(line).append('\n'));
        return out.toString();
    }

    static Stream<Arguments> workloads() {
        return Stream.of(
                Arguments.of("v1", "Pod", new String[] {}),
                Arguments.of("v1", "PodTemplate", new String[] {"template"}),
                Arguments.of("v1", "ReplicationController", new String[] {"spec", "template"}),
                Arguments.of("apps/v1", "Deployment", new String[] {"spec", "template"}),
                Arguments.of("apps/v1", "ReplicaSet", new String[] {"spec", "template"}),
                Arguments.of("apps/v1", "StatefulSet", new String[] {"spec", "template"}),
                Arguments.of("apps/v1", "DaemonSet", new String[] {"spec", "template"}),
                Arguments.of("extensions/v1beta1", "Deployment", new String[] {"spec", "template"}),
                Arguments.of("apps/v1beta2", "DaemonSet", new String[] {"spec", "template"}),
                Arguments.of("batch/v1", "Job", new String[] {"spec", "template"}),
                Arguments.of("batch/v1", "CronJob", new String[] {"spec", "jobTemplate", "spec", "template"}),
                Arguments.of("batch/v1beta1", "CronJob", new String[] {"spec", "jobTemplate", "spec", "template"}));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("workloads")
    void findsThePodSpecOfEveryWorkloadKind(String apiVersion, String kind, String[] path) {
        K8sResource resource = parse(workload(apiVersion, kind, path)).resources().get(0);
        assertTrue(resource.isWorkload());
        PodSpec pod = resource.podSpec().orElseThrow();
        assertEquals(List.of("app", "init", "debug"), pod.containers().stream().map(c -> c.name().orElseThrow()).toList());
        assertEquals(List.of(ContainerList.CONTAINERS, ContainerList.INIT_CONTAINERS, ContainerList.EPHEMERAL_CONTAINERS),
                pod.containers().stream().map(Container::list).toList());
        assertEquals(List.of("init"), pod.containers(ContainerList.INIT_CONTAINERS).stream()
                .map(c -> c.name().orElseThrow()).toList());
        assertTrue(pod.securityContext().orElseThrow().has("runAsNonRoot"));
        assertTrue(pod.mapping().has("containers"));
        assertTrue(pod.template().has("spec"));
        assertEquals(Optional.of(resource), PodSpecs.find(resource).map(PodSpec::resource));
    }

    @Test
    void aPodsTemplateIsItsRootWithMetadata() {
        K8sResource pod = parse("apiVersion: v1\nkind: Pod\nmetadata:\n  labels: {app: a}\nspec:\n  containers: []\n")
                .resources().get(0);
        assertEquals(pod.root(), pod.podSpec().orElseThrow().template());
        assertTrue(pod.podSpec().orElseThrow().templateMetadata().orElseThrow().has("labels"));
        assertEquals(List.of(), pod.podSpec().orElseThrow().containers());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "batch.volcano.sh/v1alpha1|Job",
        "apps/v1|Job",
        "v1|Deployment",
        "argoproj.io/v1alpha1|Rollout",
        "v1|Service",
        "apiextensions.k8s.io/v1|CustomResourceDefinition",
        "kustomize.config.k8s.io/v1beta1|Kustomization",
        "example.com/v1|Pod"})
    void otherKindsAndKindsOutsideTheirGroupHaveNoPodSpec(String apiVersionAndKind) {
        String[] parts = apiVersionAndKind.split("\\|");
        K8sResource resource = parse(workload(parts[0], parts[1], "spec", "template")).resources().get(0);
        assertFalse(resource.isWorkload());
        assertEquals(Optional.empty(), resource.podSpec());
    }

    @Test
    void missingOrMisshapenStepsGiveNoPodSpec() {
        KubernetesFile file = parse("""
                apiVersion: apps/v1
                kind: Deployment
                spec:
                  template: "a string"
                ---
                apiVersion: apps/v1
                kind: Deployment
                spec:
                ---
                apiVersion: batch/v1
                kind: CronJob
                spec:
                  jobTemplate:
                    spec:
                      template: [spec]
                ---
                apiVersion: apps/v1
                kind: StatefulSet
                """);
        assertEquals(4, file.resources().size());
        file.resources().forEach(r -> assertEquals(Optional.empty(), r.podSpec(), r::toString));
        assertEquals(List.of(), file.podSpecs());
    }

    @Test
    void garbageContainerListsHoldNoContainers() {
        KubernetesFile file = parse("""
                apiVersion: v1
                kind: Pod
                spec:
                  containers: "nginx"
                  initContainers:
                  ephemeralContainers: {name: x}
                ---
                apiVersion: v1
                kind: Pod
                spec:
                  containers:
                    - just a string
                    -
                    - [a, list]
                    - name: real
                      image: nginx:1
                """);
        assertEquals(List.of("real"), file.containers().stream().map(c -> c.name().orElseThrow()).toList());
        assertEquals(3, file.containers().get(0).index(), "the index counts every item");
    }

    @Test
    void aliasesAndMergeKeysAreFollowed() {
        KubernetesFile file = parse("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  template:
                    spec:
                      <<: &podDefaults
                        containers: &list
                          - &base
                            name: base
                            image: nginx:1
                      initContainers:
                        - *base
                        - <<: *base
                          name: derived
                ---
                apiVersion: apps/v1
                kind: Deployment
                spec:
                  template:
                    spec: *podDefaults
                """);
        List<Container> containers = file.containers();
        assertEquals(List.of("base", "base", "derived"), containers.stream().map(c -> c.name().orElseThrow()).toList());
        assertEquals(Optional.empty(), file.resources().get(1).podSpec(), "anchors do not reach other documents");
        assertEquals("nginx:1", containers.get(2).image().orElseThrow().value(), "merged image");
        assertTrue(containers.get(1).isAlias());
        assertFalse(containers.get(2).isAlias());
    }

    @Test
    void anUnresolvedAliasIsNoPodSpec() {
        KubernetesFile file = parse("apiVersion: v1\nkind: Pod\nspec: *nowhere\n");
        assertEquals(1, file.resources().size());
        assertEquals(Optional.empty(), file.resources().get(0).podSpec());
    }
}
