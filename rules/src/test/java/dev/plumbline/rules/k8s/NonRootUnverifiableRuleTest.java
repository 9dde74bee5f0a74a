package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NonRootUnverifiableRuleTest {

    /** Builds ghcr.io/acme/api (named user), ghcr.io/acme/worker (numeric) and ghcr.io/acme/tool (no USER). */
    private static final String CI = """
            on: push
            env:
              REGISTRY: ghcr.io/acme
            jobs:
              images:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4
                  - id: meta
                    uses: docker/metadata-action@v5
                    with:
                      images: ${{ env.REGISTRY }}/api
                  - uses: docker/build-push-action@v6
                    with:
                      context: services/api
                      tags: ${{ steps.meta.outputs.tags }}
                  - uses: docker/build-push-action@v6
                    with:
                      file: services/worker/Dockerfile
                      tags: |
                        ghcr.io/acme/worker:${{ github.sha }}
                        ghcr.io/acme/worker:latest
                  - run: |
                      cd tools
                      docker build -t ghcr.io/acme/tool:"$GITHUB_SHA" .
                      docker buildx build --target debug -t ghcr.io/acme/tool-debug --push .
            """;
    private static final String API = """
            FROM node:22-slim
            RUN useradd --uid 10001 app
            USER app
            CMD ["node", "server.js"]
            """;
    private static final String WORKER = """
            FROM golang:1.23 AS build
            RUN go build -o /worker .
            FROM gcr.io/distroless/static-debian12
            COPY --from=build /worker /worker
            USER 65532:65532
            """;
    private static final String TOOL = """
            FROM python:3.12-slim AS base
            CMD ["python", "-m", "tool"]
            FROM base AS debug
            USER root
            FROM base AS release
            """;

    private final CrossFileTester tester = CrossFileTester.of(new NonRootUnverifiableRule())
            .file(".github/workflows/ci.yml", CI)
            .file("services/api/Dockerfile", API)
            .file("services/worker/Dockerfile", WORKER)
            .file("tools/Dockerfile", TOOL);

    private static String pod(String podSecurity, String containers) {
        return "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n" + podSecurity + "  containers:\n" + containers;
    }

    @Test
    void flagsNonRootContainersWhoseImagesRunAsANameOrRoot() {
        tester.verify("deploy/pod.yaml", pod("  securityContext:\n    runAsNonRoot: true\n", """
                    - «name: api»
                      image: ghcr.io/acme/api:1.4.2
                    - name: worker
                      image: ghcr.io/acme/worker@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                    - «name: tool»
                      image: ghcr.io/acme/tool
                    - «name: debug»
                      image: ghcr.io/acme/tool-debug:dev
                    - name: elsewhere
                      image: nginx:1.27
                """));
    }

    @Test
    void theContainersOwnSettingsCount() {
        tester.verify("deploy/pod.yaml", pod("", """
                    - «name: own»
                      image: ghcr.io/acme/api:1
                      securityContext: {runAsNonRoot: true}
                    - name: not-required
                      image: ghcr.io/acme/api:1
                    - name: explicit-false
                      image: ghcr.io/acme/api:1
                      securityContext: {runAsNonRoot: false}
                    - name: user-set
                      image: ghcr.io/acme/api:1
                      securityContext: {runAsNonRoot: true, runAsUser: 10001}
                """));
        tester.verify("deploy/pod.yaml", pod("  securityContext:\n    runAsNonRoot: true\n    runAsUser: 1000\n", """
                    - name: pod-user
                      image: ghcr.io/acme/api:1
                """));
    }

    @Test
    void initContainersAndWorkloadsToo() {
        tester.verify("deploy/deployment.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: api}
                spec:
                  selector: {matchLabels: {app: api}}
                  template:
                    metadata: {labels: {app: api}}
                    spec:
                      securityContext: {runAsNonRoot: true}
                      initContainers:
                        - «name: migrate»
                          image: ghcr.io/acme/api:1
                      containers:
                        - «name: api»
                          image: "ghcr.io/acme/api:1"
                """);
    }

    @Test
    void withoutALinkOrWithAnUnclearUserItStaysQuiet() {
        String hub = """
                on: push
                jobs:
                  b:
                    runs-on: ubuntu-latest
                    steps:
                      - run: docker build -t acme/app -f docker/app.Dockerfile .
                      - run: docker build -t nginx-custom --file docker/vars.Dockerfile .
                      - run: docker build -t ghcr.io/acme/${IMAGE}:1 .
                      - uses: docker/build-push-action@v6
                        with:
                          context: ${{ github.workspace }}/x
                          tags: ghcr.io/acme/expr
                """;
        CrossFileTester quiet = CrossFileTester.of(new NonRootUnverifiableRule())
                .file(".github/workflows/b.yml", hub)
                .file("docker/app.Dockerfile", "FROM gcr.io/distroless/static:nonroot\nCOPY app /app\n")
                .file("docker/vars.Dockerfile", "FROM nginx:1.27\nARG APP_USER\nUSER ${APP_USER}\n")
                .file("Dockerfile", "FROM alpine:3.20\nUSER app\n");
        quiet.passes("pod.yaml", pod("  securityContext: {runAsNonRoot: true}\n", """
                    - name: nonroot-base
                      image: docker.io/acme/app:1
                    - name: variable-user
                      image: nginx-custom
                    - name: variable-name
                      image: ghcr.io/acme/anything:1
                    - name: expression-context
                      image: ghcr.io/acme/expr:1
                    - name: not-built-here
                      image: ghcr.io/other/app:1
                    - name: placeholder
                      image: ${IMAGE}
                """));
    }

    @Test
    void docker_io_libraryNamesAreOneImage() {
        CrossFileTester hub = CrossFileTester.of(new NonRootUnverifiableRule())
                .file(".github/workflows/b.yml", "on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n"
                        + "      - run: docker build -t docker.io/library/web:1 .\n")
                .file("Dockerfile", "FROM nginx:1.27\nUSER www-data\n");
        hub.verify("pod.yaml", pod("  securityContext: {runAsNonRoot: true}\n", """
                    - «name: a»
                      image: web:2
                    - «name: b»
                      image: library/web
                    - «name: c»
                      image: index.docker.io/library/web:latest
                    - name: d
                      image: ghcr.io/library/web
                """));
    }

    @Test
    void aBaseImageBuiltHereIsFollowed() {
        String builds = "on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n"
                + "      - run: docker build -t ghcr.io/acme/base -f base/Dockerfile base\n"
                + "      - run: docker build -t ghcr.io/acme/app -f app/Dockerfile app\n"
                + "      - run: docker build -t ghcr.io/acme/other -f other/Dockerfile other\n"
                + "      - run: docker build -t ghcr.io/acme/loop -f loop/Dockerfile loop\n";
        CrossFileTester chain = CrossFileTester.of(new NonRootUnverifiableRule())
                .file(".github/workflows/images.yml", builds)
                .file("base/Dockerfile", "FROM alpine:3.20\nRUN adduser -D svc\nUSER svc\n")
                .file("app/Dockerfile", "FROM ghcr.io/acme/base:1\nCOPY app /app\n")
                .file("other/Dockerfile", "FROM quay.io/acme/runtime:2\nCOPY app /app\n")
                .file("loop/Dockerfile", "FROM ghcr.io/acme/loop:previous\n");
        String nonRoot = "  securityContext: {runAsNonRoot: true}\n";
        chain.verify("pod.yaml", pod(nonRoot, """
                    - «name: app»
                      image: ghcr.io/acme/app:1
                    - name: third-party-base
                      image: ghcr.io/acme/other:1
                    - name: loop
                      image: ghcr.io/acme/loop:1
                """));
        assertEquals("Container \"app\" must run as non-root but sets no runAsUser, and its image \"ghcr.io/acme/app:1\""
                + " (built from \"app/Dockerfile\" on \"ghcr.io/acme/base:1\" (built from \"base/Dockerfile\")) runs as"
                + " user \"svc\", a name the kubelet cannot check is not root: the kubelet will refuse to start it; set a"
                + " numeric runAsUser", chain.onlyFinding("pod.yaml", pod(nonRoot, "    - name: app\n      image: ghcr.io/acme/app:1\n"))
                .message());
    }

    @Test
    void composeServicesLinkTheirImageToo() {
        CrossFileTester compose = CrossFileTester.of(new NonRootUnverifiableRule())
                .file("compose.yaml", "services:\n  api:\n    image: registry.acme.dev/shop/api:${TAG:-dev}\n"
                        + "    build:\n      context: ./api\n      target: runtime\n")
                .file("api/Dockerfile", "FROM golang:1.23 AS build\nRUN go build -o /app .\n"
                        + "FROM alpine:3.20 AS runtime\nCOPY --from=build /app /app\nUSER nobody\nFROM runtime AS debug\nUSER 0\n");
        compose.verify("k8s/api.yaml", pod("  securityContext: {runAsNonRoot: true}\n",
                "    - «name: api»\n      image: registry.acme.dev/shop/api:1.0.0\n"));
    }

    @Test
    void buildsThatDisagreeAreNotJudged() {
        CrossFileTester two = CrossFileTester.of(new NonRootUnverifiableRule())
                .file(".github/workflows/a.yml", "on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n"
                        + "      - run: docker build -t ghcr.io/acme/app -f a.Dockerfile .\n"
                        + "      - run: docker build -t ghcr.io/acme/app -f b.Dockerfile .\n")
                .file("a.Dockerfile", "FROM alpine:3.20\nUSER app\n")
                .file("b.Dockerfile", "FROM alpine:3.20\nUSER 1000\n");
        two.passes("pod.yaml", pod("  securityContext: {runAsNonRoot: true}\n", "    - name: a\n      image: ghcr.io/acme/app\n"));
    }

    @Test
    void windowsPodsAndAnUnfinishedIndexAreExempt() {
        tester.passes("pod.yaml", pod("  nodeSelector: {kubernetes.io/os: windows}\n  securityContext: {runAsNonRoot: true}\n",
                "    - name: api\n      image: ghcr.io/acme/api:1\n"));
        CrossFileTester.of(new NonRootUnverifiableRule()).file(".github/workflows/ci.yml", CI)
                .file("services/api/Dockerfile", API).incomplete()
                .passes("pod.yaml", pod("  securityContext: {runAsNonRoot: true}\n", "    - name: api\n      image: ghcr.io/acme/api:1\n"));
    }

    @Test
    void messagesSayWhy() {
        String nonRoot = "  securityContext: {runAsNonRoot: true}\n";
        assertEquals("Container \"api\" must run as non-root but sets no runAsUser, and its image \"ghcr.io/acme/api:1\""
                + " (built from \"services/api/Dockerfile\") runs as user \"app\", a name the kubelet cannot check is not"
                + " root: the kubelet will refuse to start it; set a numeric runAsUser",
                tester.onlyFinding("pod.yaml", pod(nonRoot, "    - name: api\n      image: ghcr.io/acme/api:1\n")).message());
        assertEquals("Container \"t\" must run as non-root but sets no runAsUser, and its image \"ghcr.io/acme/tool:2\""
                + " (built from \"tools/Dockerfile\") sets no USER, so it runs as root like its base image"
                + " \"python:3.12-slim\": the kubelet will refuse to start it; set a numeric runAsUser",
                tester.onlyFinding("pod.yaml", pod(nonRoot, "    - name: t\n      image: ghcr.io/acme/tool:2\n")).message());
        assertEquals("Container \"d\" must run as non-root but sets no runAsUser, and its image \"ghcr.io/acme/tool-debug\""
                + " (built from \"tools/Dockerfile\" (target \"debug\")) runs as root (USER root): the kubelet will refuse to"
                + " start it; set a numeric runAsUser",
                tester.onlyFinding("pod.yaml", pod(nonRoot, "    - name: d\n      image: ghcr.io/acme/tool-debug\n")).message());
    }

    @Test
    void fixSetsTheUidTheDockerfileGivesItsUser() {
        tester.assertFix("deploy/pod.yaml", pod("  securityContext:\n    runAsNonRoot: true\n",
                "    - name: api\n      image: ghcr.io/acme/api:1\n"), NonRootUnverifiableRule.fixTitle("10001"),
                pod("  securityContext:\n    runAsNonRoot: true\n",
                        "    - name: api\n      image: ghcr.io/acme/api:1\n      securityContext:\n        runAsUser: 10001\n"));
        tester.assertFix("deploy/pod.yaml", pod("", "    - name: api\n      image: ghcr.io/acme/api:1\n"
                        + "      securityContext:\n        runAsNonRoot: true\n        readOnlyRootFilesystem: true\n"),
                NonRootUnverifiableRule.fixTitle("10001"), pod("", "    - name: api\n      image: ghcr.io/acme/api:1\n"
                        + "      securityContext:\n        runAsNonRoot: true\n        readOnlyRootFilesystem: true\n"
                        + "        runAsUser: 10001\n"));
    }

    @Test
    void fixSetsTheUsualUidOtherwise() {
        tester.assertFix("deploy/pod.yaml", pod("  securityContext: {runAsNonRoot: true}\n",
                "    - {name: tool, image: ghcr.io/acme/tool}\n"), NonRootUnverifiableRule.FIX_TITLE,
                pod("  securityContext: {runAsNonRoot: true}\n",
                        "    - {name: tool, image: ghcr.io/acme/tool, securityContext: {runAsUser: 1000}}\n"));
    }
}
