package dev.plumbline.syntax.k8s;

import static dev.plumbline.syntax.k8s.KubernetesFileTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.testing.MarkedSource;
import dev.plumbline.text.Range;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A container's place in the file and its keys. */
class ContainerTest {

    private static List<Container> containers(String text) {
        return parse(text).containers();
    }

    @Test
    void ownerIsTheNameEntryElseTheDashElseTheFlowItem() {
        MarkedSource source = MarkedSource.parse("""
                apiVersion: v1
                kind: Pod
                spec:
                  containers:
                  - «name: web»
                    image: nginx:1
                  «-» image: sidecar:1
                  -   image: other:1
                      «name: "named-later"»
                  initContainers: [«{image: init:1}», {«name: x»}]
                """);
        List<Container> containers = containers(source.text());
        assertEquals(source.ranges(), containers.stream().map(Container::ownerRange).toList());
    }

    @Test
    void keysAndRanges() {
        MarkedSource source = MarkedSource.parse("""
                apiVersion: apps/v1
                kind: Deployment
                spec:
                  template:
                    spec:
                      containers:
                        «- name: web
                          image: "nginx:1.27"
                          securityContext:
                            runAsNonRoot: true»
                        - name: bare
                """);
        List<Container> containers = containers(source.text());
        Container web = containers.get(0);
        assertEquals(source.ranges().get(0), web.itemRange());
        assertEquals(Optional.of(Range.of(6, 8, 6, 9)), web.dashRange());
        assertEquals(Optional.of("web"), web.name());
        assertEquals("nginx:1.27", web.image().map(YamlScalar::value).orElseThrow());
        assertTrue(web.securityContext().orElseThrow().has("runAsNonRoot"));
        assertEquals("securityContext", web.securityContextEntry().orElseThrow().keyText().orElseThrow());
        assertEquals(0, web.index());
        assertEquals(ContainerList.CONTAINERS, web.list());
        assertEquals("Container \"web\"", web.describe());
        Container bare = containers.get(1);
        assertEquals(Optional.empty(), bare.image());
        assertEquals(Optional.empty(), bare.securityContext());
        assertTrue(web.writtenInside(web.securityContext().orElseThrow()));
        assertFalse(bare.writtenInside(web.securityContext().orElseThrow()));
    }

    @Test
    void describeNamesTheListAndFallsBackToThePosition() {
        List<Container> containers = containers("""
                apiVersion: v1
                kind: Pod
                spec:
                  containers: [{image: a:1}, {name: "", image: b:1}]
                  initContainers: [{name: setup}]
                  ephemeralContainers: [{name: debug}]
                """);
        assertEquals(List.of("Container #1", "Container #2", "Init container \"setup\"", "Ephemeral container \"debug\""),
                containers.stream().map(Container::describe).toList());
    }

    @Test
    void aliasedItemsAreNotWrittenInPlace() {
        List<Container> containers = containers("""
                apiVersion: v1
                kind: Pod
                spec:
                  initContainers:
                    - &c
                      name: shared
                      securityContext: {runAsNonRoot: true}
                  containers:
                    - *c
                """);
        Container alias = containers.get(0);
        assertEquals(ContainerList.CONTAINERS, alias.list());
        assertTrue(alias.isAlias());
        assertEquals(Optional.of("shared"), alias.name());
        assertEquals(Optional.empty(), alias.ownNameEntry());
        assertEquals(alias.dashRange().orElseThrow(), alias.ownerRange());
        assertFalse(alias.writtenInside(alias.securityContext().orElseThrow()));
        Container original = containers.get(1);
        assertTrue(original.writtenInside(original.securityContext().orElseThrow()));
    }

    @Test
    void nonScalarImageIsNoImage() {
        List<Container> containers = containers("apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - {name: a, image: [x]}\n");
        assertEquals(Optional.empty(), containers.get(0).image());
    }
}
