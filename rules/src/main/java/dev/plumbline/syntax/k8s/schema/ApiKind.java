package dev.plumbline.syntax.k8s.schema;

/**
 * An apiVersion/kind pair the API serves, with its REST plural, its scope and its schema.
 *
 * @param apiVersion e.g. {@code apps/v1} or {@code v1}
 * @param kind e.g. {@code Deployment}
 * @param plural the resource name RBAC rules and URLs use, e.g. {@code deployments}
 * @param namespaced false for cluster-scoped kinds (Namespace, ClusterRole, ...)
 * @param type the object's schema
 */
public record ApiKind(String apiVersion, String kind, String plural, boolean namespaced, SchemaType type) {

    /** The API group: "" for the core group. */
    public String group() {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    /** The version, e.g. {@code v1beta1}. */
    public String version() {
        return apiVersion.substring(apiVersion.indexOf('/') + 1);
    }

    /** True for {@code v1}, {@code v2}: not an alpha or beta version. */
    public boolean isStable() {
        return ApiVersions.isStable(version());
    }

    @Override
    public String toString() {
        return "ApiKind[" + apiVersion + " " + kind + "]";
    }
}
