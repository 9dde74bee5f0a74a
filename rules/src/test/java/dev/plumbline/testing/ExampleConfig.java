package dev.plumbline.testing;

import dev.plumbline.config.Config;
import dev.plumbline.config.LoadedConfig;
import dev.plumbline.config.RuleSetting;
import dev.plumbline.docs.RuleDoc;
import dev.plumbline.docs.RuleDocs;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.workspace.WorkspaceIndex;
import dev.plumbline.workspace.WorkspaceScanner;
import dev.plumbline.workspace.WorkspaceView;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The configuration a rule's docs examples run under: the rule switched on (so opt-in rules show
 * their examples too) and example values for the options that switch config-gated rules on; for
 * cross-file rules, the workspace around the example. A page's own "Configuration" section (YAML,
 * as in {@code .plumbline.yaml}) is laid over that, so the page shows what its examples assume.
 */
public final class ExampleConfig {

    /** Option values the docs examples assume. */
    public static final Map<String, Object> OPTIONS = Map.of(
            "dockerfile.trustedRegistries", List.of("docker.io"));

    private static final String K8S_DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              selector:
                matchLabels:
                  app: web
              template:
                metadata:
                  labels:
                    app: web
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27.3
                      ports:
                        - name: http
                          containerPort: 8080
            """;

    private static final String K8S_SERVICE = """
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            spec:
              selector:
                app: web
              ports:
                - name: http
                  port: 80
                  targetPort: http
            """;

    /** The files around the example (path → text) for rules that look at the workspace; the example is its Dockerfile. */
    private static final Map<String, Map<String, String>> WORKSPACES = Map.ofEntries(
            Map.entry("gha/dockerfile-missing", Map.of(".github/workflows/ci.yml", "", "docker/Dockerfile",
                    "FROM alpine:3.20\n")),
            Map.entry("gha/local-action-missing", Map.of(".github/workflows/ci.yml", "",
                    ".github/actions/setup/action.yml", "name: setup\ndescription: d\nruns:\n  using: composite\n"
                            + "  steps: []\n")),
            Map.entry("gha/lockfile-missing", Map.of(".github/workflows/ci.yml", "", "package.json", "{}",
                    "web/package.json", "{}", "web/package-lock.json", "{}")),
            Map.entry("gha/path-matches-nothing", Map.of(".github/workflows/ci.yml", "", "package.json", "{}",
                    "package-lock.json", "{}")),
            Map.entry("gha/manifest-missing", Map.of(".github/workflows/ci.yml", "", "deploy/app.yaml", "")),
            Map.entry("gha/workflow-run-unknown-workflow", Map.of(".github/workflows/ci.yml", "",
                    ".github/workflows/build.yml", "name: Build\non: push\njobs: {}\n",
                    ".github/workflows/deploy.yml", "name: Deploy\non: push\njobs: {}\n")),
            Map.entry("gha/sha-pins-without-updater", Map.of(".github/workflows/ci.yml", "")),
            Map.entry("dockerfile/missing-dockerignore", Map.of("Dockerfile", "", "app.py", "")),
            Map.entry("dockerfile/copy-ignored-file", Map.of("Dockerfile", "", "app.py", "", ".dockerignore", "*.log\n.env\n")),
            Map.entry("dockerfile/copy-source-missing", Map.of("Dockerfile", "", "app.py", "", "requirements.txt", "")),
            Map.entry("gha/missing-reusable-workflow", Map.of(".github/workflows/ci.yml", "",
                    ".github/workflows/build.yml", "on:\n  workflow_call:\njobs: {}\n")),
            Map.entry("gha/reusable-workflow-inputs", Map.of(".github/workflows/ci.yml", "", ".github/workflows/deploy.yml",
                    "on:\n  workflow_call:\n    inputs:\n      environment:\n        type: string\n        required: true\n"
                            + "jobs: {}\n")),
            // Kubernetes cross-file rules: the example is manifest.yaml, beside these files
            Map.entry("k8s/dangling-service", Map.of("manifest.yaml", "", "deployment.yaml", K8S_DEPLOYMENT)),
            Map.entry("k8s/service-target-port", Map.of("manifest.yaml", "", "deployment.yaml", K8S_DEPLOYMENT)),
            Map.entry("k8s/dangling-ingress", Map.of("manifest.yaml", "", "service.yaml", K8S_SERVICE)),
            Map.entry("k8s/dangling-hpa", Map.of("manifest.yaml", "", "deployment.yaml", K8S_DEPLOYMENT)),
            Map.entry("k8s/dangling-selector", Map.of("manifest.yaml", "", "deployment.yaml", K8S_DEPLOYMENT)),
            Map.entry("k8s/missing-service-account", Map.of("manifest.yaml", "", "serviceaccount.yaml",
                    "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: web\n")),
            Map.entry("k8s/missing-config-ref", Map.of("manifest.yaml", "", "config.yaml",
                    "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-config\ndata:\n  LOG_LEVEL: info\n")),
            Map.entry("k8s/statefulset-service-name", Map.of("manifest.yaml", "")),
            Map.entry("k8s/duplicate-resource", Map.of("manifest.yaml", "")),
            Map.entry("k8s/kustomize-missing-path", Map.of("manifest.yaml", "", "deployment.yaml", K8S_DEPLOYMENT,
                    "service.yaml", K8S_SERVICE)),
            Map.entry("k8s/missing-pdb", Map.of("manifest.yaml", "")),
            Map.entry("k8s/missing-network-policy", Map.of("manifest.yaml", "")),
            Map.entry("k8s/hpa-replicas-conflict", Map.of("manifest.yaml", "")),
            Map.entry("k8s/non-root-unverifiable", Map.of("manifest.yaml", "", ".github/workflows/release.yml",
                    "on: push\njobs:\n  api:\n    runs-on: ubuntu-latest\n    steps:\n"
                            + "      - uses: docker/build-push-action@v6\n        with:\n          context: services/api\n"
                            + "          tags: ghcr.io/acme/api:${{ github.sha }}\n",
                    "services/api/Dockerfile", "FROM node:22-slim\nRUN useradd --uid 10001 app\nUSER app\n")));

    /** Rules whose examples are another kind of file than their language's usual one (path of the example). */
    private static final Map<String, String> PATHS = Map.of(
            "gha/invalid-action-metadata", "action.yml",
            "gha/dependabot-execution", ".github/dependabot.yml",
            "gha/dependabot-cooldown", ".github/dependabot.yml");

    private ExampleConfig() {
    }

    /** The path the examples of {@code meta}'s rule pretend to have; {@code usual} unless the rule looks at other files. */
    public static String path(RuleMeta meta, String usual) {
        return PATHS.getOrDefault(meta.id(), usual);
    }

    /** The rule switched on with the example options, under what the page's "Configuration" section sets. */
    public static Config forRule(RuleMeta meta) {
        Config base = new Config(Map.of(meta.id(), RuleSetting.severity(meta.defaultSeverity())), List.of(), null, null,
                OPTIONS);
        return RuleDocs.forRule(meta.id()).flatMap(RuleDoc::exampleConfig)
                .map(yaml -> base.overriddenBy(valid(meta, BuiltinRules.configLoader().load(yaml))))
                .orElse(base);
    }

    private static Config valid(RuleMeta meta, LoadedConfig loaded) {
        if (!loaded.problems().isEmpty()) {
            throw new AssertionError("the Configuration section of " + meta.id() + "'s page is not a valid "
                    + ".plumbline.yaml: " + loaded.problems());
        }
        return loaded.config();
    }

    /** The workspace the examples of {@code meta}'s rule sit in, or null for rules that look at one file only. */
    public static WorkspaceView workspace(RuleMeta meta, String examplePath) {
        Map<String, String> files = WORKSPACES.get(meta.id());
        if (files == null) {
            return null;
        }
        WorkspaceIndex index = new WorkspaceIndex(Path.of("/docs"));
        WorkspaceScanner scanner = new WorkspaceScanner(BuiltinRules.registry().factsExtractors());
        files.forEach((path, text) -> scanner.update(index, path, text));
        index.markComplete();
        return new WorkspaceView(index, examplePath);
    }
}
