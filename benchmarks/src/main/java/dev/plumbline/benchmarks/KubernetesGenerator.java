package dev.plumbline.benchmarks;

import java.util.Random;

/**
 * A large multi-document Kubernetes file: Deployments of about 37 lines each, written the way real
 * manifests are (labels, selector, one or two containers with ports, env, resources, probes and a
 * securityContext), with enough variety that the rules have something to report.
 */
public final class KubernetesGenerator {

    private static final String[] IMAGES = {"nginx:1.27.3", "ghcr.io/acme/api:2.4.1", "redis:7.4", "busybox:latest",
            "registry.example.com/team/worker@sha256:" + "a".repeat(64), "postgres:16.6"};

    private KubernetesGenerator() {
    }

    /** {@code deployments} documents separated by {@code ---}, the same for the same seed. */
    public static String generate(int deployments, long seed) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder(deployments * 1200);
        for (int i = 0; i < deployments; i++) {
            if (i > 0) {
                out.append("---\n");
            }
            deployment(out, i, random);
        }
        return out.toString();
    }

    private static void deployment(StringBuilder out, int index, Random random) {
        String name = "service-" + index;
        String image = IMAGES[random.nextInt(IMAGES.length)];
        int port = 8000 + random.nextInt(1000);
        out.append("apiVersion: apps/v1\n")
                .append("kind: Deployment\n")
                .append("metadata:\n")
                .append("  name: ").append(name).append('\n')
                .append("  namespace: team-").append(index % 7).append('\n')
                .append("  labels:\n")
                .append("    app.kubernetes.io/name: ").append(name).append('\n')
                .append("spec:\n")
                .append("  replicas: ").append(1 + random.nextInt(3)).append('\n')
                .append("  revisionHistoryLimit: 5\n")
                .append("  selector:\n")
                .append("    matchLabels:\n")
                .append("      app.kubernetes.io/name: ").append(name).append('\n')
                .append("  template:\n")
                .append("    metadata:\n")
                .append("      labels:\n")
                .append("        app.kubernetes.io/name: ").append(name).append('\n')
                .append("    spec:\n")
                .append("      containers:\n")
                .append("        - name: app\n")
                .append("          image: ").append(image).append('\n')
                .append("          ports:\n")
                .append("            - name: http\n")
                .append("              containerPort: ").append(port).append('\n')
                .append("          env:\n")
                .append("            - name: LOG_LEVEL\n")
                .append("              value: ").append(random.nextBoolean() ? "info" : "debug").append('\n')
                .append("          resources:\n")
                .append("            requests: {cpu: 100m, memory: 128Mi}\n");
        if (random.nextInt(3) > 0) {
            out.append("            limits: {cpu: 500m, memory: 256Mi}\n");
        }
        out.append("          readinessProbe:\n")
                .append("            httpGet: {path: /ready, port: http}\n")
                .append("          livenessProbe:\n")
                .append("            httpGet: {path: /healthz, port: http}\n")
                .append("          securityContext:\n")
                .append("            runAsNonRoot: true\n")
                .append("            allowPrivilegeEscalation: ").append(random.nextInt(4) > 0 ? "false" : "true")
                .append('\n');
    }
}
