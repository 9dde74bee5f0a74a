/**
 * Kubernetes manifests as typed views over the positioned YAML tree (never decoded to objects, so
 * every value keeps its place in the file).
 *
 * <h2>Entry points</h2>
 * {@link dev.plumbline.syntax.k8s.KubernetesFile#parse} (or {@code of(YamlFile)}) gives the file's
 * {@link dev.plumbline.syntax.k8s.K8sResource}s: one per document with {@code apiVersion} and
 * {@code kind}, plus the items of a {@code kind: List}. A workload's {@link dev.plumbline.syntax.k8s.K8sResource#podSpec()} (located by
 * {@link dev.plumbline.syntax.k8s.PodSpecs}) gives its {@link dev.plumbline.syntax.k8s.Container}s
 * in {@code containers}, {@code initContainers} and {@code ephemeralContainers}; a kustomization's
 * {@link dev.plumbline.syntax.k8s.K8sResource#kustomization()} gives its image overrides.
 *
 * <h2>Reading values as Kubernetes does</h2>
 * Lookups follow aliases and merge keys ({@code <<}), as kubectl's YAML 1.1 decoder does, and
 * {@link dev.plumbline.syntax.k8s.KubeYaml#booleanOf} accepts the YAML 1.1 booleans ({@code yes},
 * {@code off}, ...). Every view tolerates garbage shapes (a {@code containers:} that is a string, a
 * null {@code spec}, list items that are not mappings): what is not there in the expected shape is
 * simply absent.
 */
package dev.plumbline.syntax.k8s;
