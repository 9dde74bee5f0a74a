package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DanglingServiceRuleTest {

    static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web, tier: front}
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
                      ports:
                        - name: http
                          containerPort: 8080
            """;

    private final CrossFileTester tester = CrossFileTester.of(new DanglingServiceRule())
            .file("app/deployment.yaml", DEPLOYMENT);

    @Test
    void flagsAServiceWhoseSelectorMatchesNoPodTemplate() {
        tester.verify("app/service.yaml", """
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                spec:
                  «selector»:
                    app: wbe
                  ports:
                    - port: 80
                """);
    }

    @Test
    void namesTheLabelsItLooksFor() {
        assertEquals("Service/web selects pods labelled app=api, but no pod template in its scope has these labels,"
                + " so it has no endpoints", tester.onlyFinding("app/service.yaml", """
                apiVersion: v1
                kind: Service
                metadata: {name: web}
                spec:
                  selector: {app: api}
                """).message());
    }

    @Test
    void passesWhenAPodTemplateInAnotherFileMatches() {
        tester.passes("app/service.yaml", """
                apiVersion: v1
                kind: Service
                metadata: {name: web}
                spec:
                  selector: {app: web}
                """);
    }

    @Test
    void matchesAWorkloadOfTheSameFile() {
        tester.passes("app/other.yaml", DEPLOYMENT + """
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: web}
                spec:
                  selector: {tier: front}
                """);
    }

    @Test
    void exemptsServicesWithoutSelectorAndExternalName() {
        tester.passes("app/service.yaml", """
                apiVersion: v1
                kind: Service
                metadata: {name: db}
                spec:
                  ports: [{port: 5432}]
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: ext}
                spec:
                  type: ExternalName
                  externalName: db.example.com
                  selector: {app: nothing}
                """);
    }

    @Test
    void aPodTemplateInAnotherNamespaceDoesNotCount() {
        CrossFileTester.of(new DanglingServiceRule())
                .file("app/deployment.yaml", DEPLOYMENT.replace("  name: web\n", "  name: web\n  namespace: shop\n"))
                .verify("app/service.yaml", """
                        apiVersion: v1
                        kind: Service
                        metadata: {name: web, namespace: blog}
                        spec:
                          «selector»: {app: web}
                        """);
    }

    @Test
    void staysQuietWithoutWorkloadsInScopeOrBeforeTheIndexIsReady() {
        String service = """
                apiVersion: v1
                kind: Service
                metadata: {name: web}
                spec:
                  selector: {app: wbe}
                """;
        CrossFileTester.of(new DanglingServiceRule()).passes("app/service.yaml", service);
        CrossFileTester.of(new DanglingServiceRule()).file("app/deployment.yaml", DEPLOYMENT).incomplete()
                .passes("app/service.yaml", service);
        // the deployment lives in a sibling folder: outside the service's scope, so nothing to judge by
        CrossFileTester.of(new DanglingServiceRule()).file("other/deployment.yaml", DEPLOYMENT)
                .passes("app/service.yaml", service);
    }

    @Test
    void aKustomizeOverlaySeesItsBase() {
        CrossFileTester.of(new DanglingServiceRule())
                .file("base/kustomization.yaml", "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n"
                        + "resources: [deployment.yaml]\n")
                .file("base/deployment.yaml", DEPLOYMENT)
                .file("overlays/prod/kustomization.yaml", "apiVersion: kustomize.config.k8s.io/v1beta1\n"
                        + "kind: Kustomization\nresources: [../../base, service.yaml]\n")
                .verify("overlays/prod/service.yaml", """
                        apiVersion: v1
                        kind: Service
                        metadata: {name: web}
                        spec:
                          selector: {app: web}
                        ---
                        apiVersion: v1
                        kind: Service
                        metadata: {name: admin}
                        spec:
                          «selector»: {app: admin}
                        """);
    }

    @Test
    void helmTemplatesAreNotWorkloads() {
        CrossFileTester.of(new DanglingServiceRule())
                .file("chart/templates/deployment.yaml", DEPLOYMENT.replace("nginx:1.27", "{{ .Values.image }}"))
                .passes("chart/service.yaml", """
                        apiVersion: v1
                        kind: Service
                        metadata: {name: web}
                        spec:
                          selector: {app: other}
                        """);
    }

    @Test
    void labelsControllersAddToPodsCountAsMet() {
        tester.passes("app/service.yaml", """
                apiVersion: v1
                kind: Service
                metadata: {name: web-0}
                spec:
                  selector: {app: web, statefulset.kubernetes.io/pod-name: web-0}
                """);
    }
}
