package dev.plumbline.rules.k8s.support;

import dev.plumbline.config.Config;
import dev.plumbline.syntax.k8s.schema.ApiVersions;
import dev.plumbline.syntax.k8s.schema.K8sSchema;

/** The Kubernetes release manifests target: option {@code k8s.version}, by default the built-in schema's. */
public final class TargetRelease {

    public static final String OPTION = "k8s.version";

    private TargetRelease() {
    }

    /** The minor number N of release 1.N. */
    public static int minor(Config config) {
        return config.stringOption(OPTION).flatMap(ApiVersions::releaseMinor).orElseGet(TargetRelease::newest);
    }

    /** The minor number of the release the built-in schema describes. */
    public static int newest() {
        return ApiVersions.releaseMinor(K8sSchema.builtin().kubernetesVersion()).orElse(Integer.MAX_VALUE);
    }
}
