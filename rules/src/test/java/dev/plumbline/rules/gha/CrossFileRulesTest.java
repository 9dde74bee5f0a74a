package dev.plumbline.rules.gha;

import dev.plumbline.engine.Rule;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The cross-file workflow rules, each in a repository laid out through the workspace index. */
class CrossFileRulesTest {

    private static final String SELF = ".github/workflows/ci.yml";
    private static final String HEAD = "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n"
            + "      - uses: actions/checkout@v4\n";

    private static final Map<String, String> REPO = Map.ofEntries(
            Map.entry(SELF, ""),
            Map.entry(".github/workflows/release.yml", "name: Release\non: push\njobs: {}\n"),
            Map.entry(".github/workflows/docs.yml", "on: push\njobs: {}\n"),
            Map.entry(".github/actions/setup/action.yml", "name: s\ndescription: d\nruns:\n  using: composite\n  steps: []\n"),
            Map.entry("Dockerfile", "FROM alpine:3.20\n"),
            Map.entry("services/api/Dockerfile", "FROM alpine:3.20\n"),
            Map.entry("services/api/main.go", ""),
            Map.entry("web/package.json", "{}"),
            Map.entry("web/package-lock.json", "{}"),
            Map.entry("package.json", "{}"),
            Map.entry("deploy/k8s/deployment.yaml", ""),
            Map.entry("deploy/overlays/prod/kustomization.yaml", ""),
            Map.entry("charts/app/Chart.yaml", ""),
            Map.entry("src/main.go", ""),
            Map.entry("go.sum", ""),
            Map.entry("README.md", ""));

    private static RuleTester<WorkflowFile> tester(Rule<WorkflowFile> rule) {
        return RuleTester.of(rule, new WorkflowLanguage(), SELF).withWorkspace(REPO);
    }

    private static RuleTester<WorkflowFile> tester(Rule<WorkflowFile> rule, Map<String, String> extra) {
        Map<String, String> files = new HashMap<>(REPO);
        files.putAll(extra);
        return RuleTester.of(rule, new WorkflowLanguage(), SELF).withWorkspace(files);
    }

    @Test
    void quietWithoutTheWorkspace() {
        RuleTester.of(new DockerfileMissingRule(), new WorkflowLanguage(), SELF).verify(RuleCase.passes("no index",
                HEAD + "      - run: docker build -f nope/Dockerfile .\n"));
        RuleTester.of(new LockfileMissingRule(), new WorkflowLanguage(), SELF).verify(RuleCase.passes("no index",
                HEAD + "      - run: npm ci\n"));
    }

    @Nested
    class DockerfileMissing {
        private final RuleTester<WorkflowFile> t = tester(new DockerfileMissingRule());

        @Test
        void commands() {
            t.verify(RuleCase.flags("missing -f", HEAD + "      - run: docker build -f «docker/app.Dockerfile» .\n"));
            t.verify(RuleCase.flags("missing default", HEAD + "      - run: docker build -t app «web»\n"));
            t.verify(RuleCase.flags("buildx", HEAD + "      - run: docker buildx build --push -t a --file «x/Dockerfile» .\n"));
            t.verify(RuleCase.flags("working directory", HEAD + "      - run: docker build -f «Dockerfile.prod» .\n"
                    + "        working-directory: services/api\n"));
            t.verify(RuleCase.passes("present", HEAD + "      - run: docker build -t app:1 --build-arg V=1 .\n"
                    + "      - run: docker build -f services/api/Dockerfile services/api\n"
                    + "      - run: cd services/api && docker build .\n"));
            t.verify(RuleCase.passes("variables and stdin", HEAD + "      - run: docker build -f $FILE . && docker build - < x\n"));
            t.verify(RuleCase.passes("generated earlier", HEAD + "      - run: ./gen > Dockerfile.gen\n"
                    + "      - run: docker build -f Dockerfile.gen .\n"));
        }

        @Test
        void buildPushAction() {
            t.verify(RuleCase.flags("file", HEAD + "      - uses: docker/build-push-action@v6\n        with:\n"
                    + "          file: «docker/Dockerfile»\n"));
            t.verify(RuleCase.flags("context without Dockerfile", HEAD + "      - uses: docker/build-push-action@v6\n"
                    + "        with:\n          context: «web»\n"));
            t.verify(RuleCase.flags("missing context", HEAD + "      - uses: docker/build-push-action@v6\n"
                    + "        with:\n          context: «app»\n"));
            t.verify(RuleCase.passes("defaults", HEAD + "      - uses: docker/build-push-action@v6\n"
                    + "      - uses: docker/build-push-action@v6\n        with:\n          context: services/api\n"
                    + "      - uses: docker/build-push-action@v6\n        with:\n          context: .\n"
                    + "          file: services/api/Dockerfile\n"));
        }
    }

    @Nested
    class LocalActions {
        @Test
        void missing() {
            var t = tester(new LocalActionMissingRule());
            t.verify(RuleCase.flags("missing", HEAD + "      - uses: «./.github/actions/build»\n"));
            t.verify(RuleCase.passes("present", HEAD + "      - uses: ./.github/actions/setup\n"
                    + "      - uses: $/.github/actions/setup\n"));
            t.verify(RuleCase.passes("other repository checked out there", HEAD + "      - uses: actions/checkout@v4\n"
                    + "        with:\n          repository: octo/tools\n          path: tools\n      - uses: ./tools/lint\n"));
        }

        @Test
        void beforeCheckout() {
            var t = RuleTester.of(new LocalActionBeforeCheckoutRule(), new WorkflowLanguage(), SELF);
            t.verify(RuleCase.flags("before", "on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n"
                    + "      - uses: «./.github/actions/setup»\n      - uses: actions/checkout@v4\n"));
            t.verify(RuleCase.passes("after", HEAD + "      - uses: ./.github/actions/setup\n"));
            t.verify(RuleCase.passes("self form", "on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n"
                    + "      - uses: $/.github/actions/setup\n"));
            t.verify(RuleCase.passes("git clone", "on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n"
                    + "      - run: git clone https://github.com/o/r .\n      - uses: ./.github/actions/setup\n"));
        }
    }

    @Nested
    class Lockfiles {
        private final RuleTester<WorkflowFile> t = tester(new LockfileMissingRule());

        @Test
        void installs() {
            t.verify(RuleCase.flags("npm ci at the root", HEAD + "      - run: «npm ci»\n"));
            t.verify(RuleCase.flags("frozen yarn", HEAD + "      - run: «yarn install» --frozen-lockfile\n"));
            t.verify(RuleCase.flags("uv locked", HEAD + "      - run: «uv sync» --locked\n"));
            t.verify(RuleCase.passes("npm ci in web", HEAD + "      - run: npm ci\n        working-directory: web\n"
                    + "      - run: cd web && npm ci\n"));
            t.verify(RuleCase.passes("workspace root lockfile", HEAD + "      - run: npm ci\n"
                    + "        working-directory: web/packages/ui\n".replace("web/packages/ui", "web")));
            t.verify(RuleCase.passes("prefix", HEAD + "      - run: npm ci --prefix web\n"));
            t.verify(RuleCase.passes("plain installs", HEAD + "      - run: yarn install && pnpm install\n"));
        }

        @Test
        void setupNodeCache() {
            t.verify(RuleCase.flags("npm cache", HEAD + "      - uses: actions/setup-node@v4\n        with:\n"
                    + "          node-version: 22\n          cache: «npm»\n"));
            t.verify(RuleCase.passes("dependency path", HEAD + "      - uses: actions/setup-node@v4\n        with:\n"
                    + "          cache: npm\n          cache-dependency-path: web/package-lock.json\n"));
        }
    }

    @Nested
    class Paths {
        private final RuleTester<WorkflowFile> t = tester(new PathMatchesNothingRule());

        @Test
        void hashFiles() {
            t.verify(RuleCase.flags("no such lockfile", HEAD + "      - uses: actions/cache@v4\n        with:\n"
                    + "          path: ~/.npm\n          key: npm-${{ hashFiles(«'**/yarn.lock'») }}\n"));
            t.verify(RuleCase.passes("root and nested", HEAD + "      - uses: actions/cache@v4\n        with:\n"
                    + "          path: ~/.npm\n          key: npm-${{ hashFiles('**/package-lock.json', 'go.sum', '**/go.sum') }}\n"));
        }

        @Test
        void cacheDependencyPath() {
            t.verify(RuleCase.flags("one of two", HEAD + "      - uses: actions/setup-node@v4\n        with:\n"
                    + "          cache: npm\n          cache-dependency-path: |\n            web/package-lock.json\n"
                    + "            «api/package-lock.json»\n"));
        }

        @Test
        void pathsFilters() {
            t.verify(RuleCase.flags("paths", "on:\n  push:\n    paths:\n      - 'src/**'\n      - «'frontend/**'»\n"
                    + "      - '!docs/**'\n      - '**.md'\njobs: {}\n"));
        }

        @Test
        void workingDirectories() {
            t.verify(RuleCase.flags("missing folder", HEAD + "      - run: make\n        working-directory: «backend»\n"));
            t.verify(RuleCase.flags("defaults", "on: push\ndefaults:\n  run:\n    working-directory: «app»\njobs: {}\n"));
            t.verify(RuleCase.passes("present and created", HEAD + "      - run: make\n        working-directory: web\n"
                    + "      - run: cmake -B build\n      - run: make\n        working-directory: build\n"));
        }
    }

    @Nested
    class Manifests {
        private final RuleTester<WorkflowFile> t = tester(new ManifestMissingRule());

        @Test
        void commands() {
            t.verify(RuleCase.flags("kubectl -f", HEAD + "      - run: kubectl apply -f «k8s/»\n"));
            t.verify(RuleCase.flags("kubectl -k", HEAD + "      - run: kubectl apply -k «deploy/overlays/staging»\n"));
            t.verify(RuleCase.flags("kustomize", HEAD + "      - run: kustomize build «overlays/prod» | kubectl apply -f -\n"));
            t.verify(RuleCase.flags("helm chart", HEAD + "      - run: helm upgrade --install app «./chart»\n"));
            t.verify(RuleCase.passes("present", HEAD + "      - run: |\n          kubectl apply -f deploy/k8s/deployment.yaml\n"
                    + "          kubectl apply -k deploy/overlays/prod\n          helm upgrade --install app ./charts/app\n"
                    + "          kubectl apply -f https://example.com/x.yaml\n          helm upgrade app bitnami/nginx\n"));
            t.verify(RuleCase.passes("generated", HEAD + "      - run: envsubst < t.yaml > out.yaml\n"
                    + "      - run: kubectl apply -f out.yaml\n"));
        }
    }

    @Nested
    class WorkflowRun {
        @Test
        void names() {
            var t = tester(new WorkflowRunUnknownWorkflowRule());
            t.verify(RuleCase.flags("unknown", "on:\n  workflow_run:\n    workflows: [«Relase», Release]\n"
                    + "    types: [completed]\njobs: {}\n"));
            t.verify(RuleCase.passes("by path", "on:\n  workflow_run:\n    workflows:\n      - .github/workflows/docs.yml\n"
                    + "jobs: {}\n"));
            t.assertFix("on:\n  workflow_run:\n    workflows: [Relase]\njobs: {}\n", "Replace with \"Release\"",
                    "on:\n  workflow_run:\n    workflows: [Release]\njobs: {}\n");
        }
    }

    @Nested
    class Updater {
        private static final String PINNED = "on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n"
                + "      - uses: actions/checkout@«11bd71901bbe5b1630ceea73d27597364c9af683» # v4.2.2\n"
                + "      - uses: actions/setup-node@1d0ff469b7ec7b3cb9d8673fde0c81c44821de2a # v4.2.0\n";

        @Test
        void noUpdater() {
            tester(new ShaPinsWithoutUpdaterRule()).verify(RuleCase.flags("none", PINNED));
            tester(new ShaPinsWithoutUpdaterRule(), Map.of(".github/dependabot.yml",
                    "version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n"))
                    .verify(RuleCase.flags("dependabot without actions", PINNED));
        }

        @Test
        void updaters() {
            String plain = PINNED.replace("«", "").replace("»", "");
            tester(new ShaPinsWithoutUpdaterRule(), Map.of(".github/dependabot.yml", "version: 2\nupdates:\n"
                    + "  - package-ecosystem: github-actions\n    directory: /\n")).verify(RuleCase.passes("dependabot", plain));
            tester(new ShaPinsWithoutUpdaterRule(), Map.of("renovate.json", "{}")).verify(RuleCase.passes("renovate", plain));
            tester(new ShaPinsWithoutUpdaterRule()).verify(RuleCase.passes("tags", HEAD));
        }
    }
}
