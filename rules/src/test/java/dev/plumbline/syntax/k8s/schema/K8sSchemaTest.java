package dev.plumbline.syntax.k8s.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.config.ConfigOption;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class K8sSchemaTest {

    private final K8sSchema schema = K8sSchema.builtin();

    private SchemaType type(String apiVersion, String kind) {
        return schema.kind(apiVersion, kind).orElseThrow(() -> new AssertionError(apiVersion + " " + kind)).type();
    }

    private static SchemaField field(SchemaType type, String... path) {
        SchemaType current = type;
        SchemaField field = null;
        for (String name : path) {
            while (current.kind() == SchemaType.Kind.ARRAY || current.kind() == SchemaType.Kind.MAP) {
                current = current.element().orElseThrow();
            }
            field = current.field(name).orElseThrow(() -> new AssertionError("no field " + name));
            current = field.type();
        }
        return field;
    }

    @Test
    void describesTheReleaseItWasGeneratedFrom() {
        assertTrue(schema.isAvailable());
        assertEquals("1.36", schema.kubernetesVersion());
        assertEquals("27.0.0", schema.clientVersion());
        assertTrue(schema.kinds().size() > 80, "kinds: " + schema.kinds().size());
    }

    @Test
    void knowsKindsWithTheirPluralAndScope() {
        ApiKind deployment = schema.kind("apps/v1", "Deployment").orElseThrow();
        assertEquals("deployments", deployment.plural());
        assertTrue(deployment.namespaced());
        assertEquals("apps", deployment.group());
        ApiKind namespace = schema.kind("v1", "Namespace").orElseThrow();
        assertFalse(namespace.namespaced());
        assertEquals("", namespace.group());
        assertTrue(schema.kind("rbac.authorization.k8s.io/v1", "ClusterRole").isPresent());
        assertTrue(schema.kind("v1", "Event").isPresent() && schema.kind("events.k8s.io/v1", "Event").isPresent());
        assertTrue(schema.kind("extensions/v1beta1", "Deployment").isEmpty(), "removed long ago");
        assertTrue(schema.kind("v1", "Binding").isPresent());
        assertTrue(schema.kind("v1", "Eviction").isEmpty(), "a subresource, not a kind one writes");
        assertTrue(schema.knowsGroup("") && schema.knowsGroup("networking.k8s.io"));
        assertFalse(schema.knowsGroup("example.com") || schema.knowsGroup("extensions"));
    }

    @Test
    void fieldsHaveTypesLabelsAndRequiredFlags() {
        SchemaType deployment = type("apps/v1", "Deployment");
        assertEquals("Deployment", deployment.name());
        SchemaField containers = field(deployment, "spec", "template", "spec", "containers");
        assertEquals("[]Container", containers.type().label());
        assertTrue(containers.required());
        assertTrue(field(deployment, "spec", "selector").required());
        SchemaType container = containers.type().element().orElseThrow();
        assertTrue(container.field("name").orElseThrow().required());
        assertTrue(container.field("image").orElseThrow().required(), "curated: the API server demands it");
        assertEquals("map[string]quantity", field(container, "resources", "limits").type().label());
        assertEquals("int-or-string", field(type("v1", "Service"), "spec", "ports", "targetPort").type().label());
        assertEquals("map[string]base64 string", field(type("v1", "Secret"), "data").type().label());
        assertEquals("integer", field(deployment, "spec", "replicas").type().label());
        assertEquals("boolean", field(container, "stdin").type().label());
        assertTrue(field(type("apps/v1", "ReplicaSet"), "spec", "template").required(), "curated");
    }

    @Test
    void curatedEnumsAreOnTheirFields() {
        SchemaType container = field(type("v1", "Pod"), "spec", "containers").type().element().orElseThrow();
        assertEquals(List.of("Always", "IfNotPresent", "Never"), container.field("imagePullPolicy").orElseThrow()
                .type().enumValues());
        SchemaType service = type("v1", "Service");
        assertEquals(List.of("ClusterIP", "NodePort", "LoadBalancer", "ExternalName"),
                field(service, "spec", "type").type().enumValues());
        SchemaField families = field(service, "spec", "ipFamilies");
        assertEquals(List.of("IPv4", "IPv6"), families.type().element().orElseThrow().enumValues(), "list items");
        assertEquals(List.of(), container.field("image").orElseThrow().type().enumValues());
    }

    @Test
    void descriptionsLoadLazilyAndRefsTakeTheirTypes() {
        SchemaType container = field(type("v1", "Pod"), "spec", "containers").type().element().orElseThrow();
        assertTrue(container.field("imagePullPolicy").orElseThrow().description().startsWith("Image pull policy."));
        assertTrue(container.description().contains("application container"));
        // PodTemplateSpec.spec has no description of its own: it is PodSpec's
        SchemaField podSpec = field(type("apps/v1", "Deployment"), "spec", "template", "spec");
        assertEquals(podSpec.type().description(), podSpec.description());
        assertFalse(podSpec.description().isBlank());
    }

    @Test
    void recursiveTypesAreLinked() {
        SchemaField schemaProps = field(type("apiextensions.k8s.io/v1", "CustomResourceDefinition"), "spec", "versions",
                "schema", "openAPIV3Schema");
        SchemaType props = schemaProps.type();
        assertEquals(props, props.field("properties").orElseThrow().type().element().orElseThrow());
        assertTrue(props.field("$ref").isPresent() && props.field("x-kubernetes-preserve-unknown-fields").isPresent());
    }

    @Test
    void loadsFastEnoughForStartup() {
        long millis = schema.loadNanos() / 1_000_000;
        System.out.println("Kubernetes schema structure loaded in " + millis + " ms");
        assertTrue(millis < 2000, "took " + millis + " ms");
    }

    @Test
    void theTargetReleaseOptionReachesTheSchemaRelease() {
        ConfigOption option = ConfigOption.KNOWN.stream().filter(o -> o.key().equals("k8s.version")).findFirst()
                .orElseThrow();
        assertEquals(schema.kubernetesVersion(), option.allowed().get(option.allowed().size() - 1),
                "extend the k8s.version values in ConfigOption to the schema's release");
    }

    @Test
    void lifecycleEntriesAreRetiredAndTheirReplacementsServed() {
        for (ApiKind kind : schema.kinds()) {
            assertEquals(Optional.empty(), ApiLifecycle.retired(kind.apiVersion(), kind.kind()), "still served: " + kind);
        }
        for (String[] pair : List.of(new String[] {"extensions/v1beta1", "Deployment"},
                new String[] {"policy/v1beta1", "PodDisruptionBudget"}, new String[] {"batch/v1beta1", "CronJob"},
                new String[] {"autoscaling/v2beta2", "HorizontalPodAutoscaler"})) {
            ApiLifecycle.Entry entry = ApiLifecycle.retired(pair[0], pair[1]).orElseThrow();
            assertTrue(entry.deprecatedIn() < entry.removedIn());
            assertTrue(schema.kind(entry.replacement().orElseThrow(), pair[1]).isPresent(), "replacement of " + pair[0]);
        }
        assertTrue(ApiLifecycle.knowsGroup("extensions"));
        ApiKind beta = schema.kind("resource.k8s.io/v1beta1", "DeviceClass").orElseThrow();
        assertEquals("resource.k8s.io/v1", ApiLifecycle.supersededBy(schema, beta).orElseThrow().apiVersion());
        assertEquals(Optional.empty(), ApiLifecycle.supersededBy(schema,
                schema.kind("certificates.k8s.io/v1beta1", "ClusterTrustBundle").orElseThrow()));
    }

    @Test
    void apiVersionsSortNewestFirst() {
        List<String> sorted = List.of("v1alpha1", "v1", "v2beta1", "v1beta2", "v2", "v1beta1").stream()
                .sorted(ApiVersions.NEWEST_FIRST).toList();
        assertEquals(List.of("v2", "v2beta1", "v1", "v1beta2", "v1beta1", "v1alpha1"), sorted);
        assertEquals(Optional.of(36), ApiVersions.releaseMinor("1.36"));
        assertEquals(Optional.empty(), ApiVersions.releaseMinor("1.3x"));
    }
}
