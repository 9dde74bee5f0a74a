package dev.plumbline.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a large GitHub Actions workflow that reads like real ones: triggers with filters,
 * workflow_dispatch inputs, top-level permissions, env and concurrency, then many jobs (builds with a
 * matrix, tests, lint, docker publish, deploys) that use {@code needs}, job outputs, step ids and
 * outputs, {@code if:} conditions with and without {@code ${{ }}}, popular actions with {@code with:}
 * inputs, and multi-line {@code run:} scripts full of expressions, plus the odd mistake rules find
 * (an unpinned action, an {@code npm install}, a job without {@code timeout-minutes}). Deterministic
 * for a seed.
 */
public final class WorkflowGenerator {

    private static final List<String> LANGUAGES = List.of("node", "python", "go", "java");

    private final Random random;
    private final StringBuilder out = new StringBuilder();
    private final List<String> jobs = new ArrayList<>();
    private int lines;

    private WorkflowGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** A workflow of at least {@code minLines} lines (it ends after the job that reaches them). */
    public static String generate(int minLines, long seed) {
        return new WorkflowGenerator(seed).write(minLines);
    }

    private String write(int minLines) {
        header();
        line("jobs:");
        while (lines < minLines) {
            switch (random.nextInt(4)) {
                case 0 -> build();
                case 1 -> test();
                case 2 -> docker();
                default -> deploy();
            }
        }
        return out.toString();
    }

    private void line(String text) {
        out.append(text).append('\n');
        lines++;
    }

    private void header() {
        line("# Generated for benchmarks: a long CI workflow");
        line("name: CI");
        line("on:");
        line("  push:");
        line("    branches: [main, 'release/**']");
        line("    paths-ignore: ['docs/**', '*.md']");
        line("  pull_request:");
        line("    types: [opened, synchronize, reopened]");
        line("  workflow_dispatch:");
        line("    inputs:");
        line("      environment:");
        line("        description: Where to deploy");
        line("        type: choice");
        line("        options: [staging, production]");
        line("      debug:");
        line("        type: boolean");
        line("        default: false");
        line("permissions:");
        line("  contents: read");
        line("concurrency:");
        line("  group: ${{ github.workflow }}-${{ github.ref }}");
        line("  cancel-in-progress: true");
        line("env:");
        line("  REGISTRY: ghcr.io");
        line("  IMAGE_NAME: ${{ github.repository }}");
    }

    private String newJob(String kind) {
        String id = kind + "-" + (jobs.size() + 1);
        line("");
        line("  " + id + ":");
        return id;
    }

    private void needs() {
        if (!jobs.isEmpty()) {
            String a = jobs.get(random.nextInt(jobs.size()));
            String b = jobs.get(random.nextInt(jobs.size()));
            line("    needs: " + (a.equals(b) ? a : "[" + a + ", " + b + "]"));
        }
    }

    private void timeout() {
        if (random.nextInt(6) != 0) {
            line("    timeout-minutes: " + (10 + random.nextInt(50)));
        }
    }

    private void checkout() {
        line("      - uses: actions/checkout@" + (random.nextInt(4) == 0 ? "v4" : "11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2"));
        if (random.nextBoolean()) {
            line("        with:");
            line("          fetch-depth: 0");
            line("          persist-credentials: false");
        }
    }

    private void build() {
        String id = newJob("build");
        String language = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
        line("    name: Build (${{ matrix.os }}, " + language + " ${{ matrix.version }})");
        needs();
        line("    runs-on: ${{ matrix.os }}");
        timeout();
        line("    strategy:");
        line("      fail-fast: false");
        line("      matrix:");
        line("        os: [ubuntu-latest, windows-latest, macos-latest]");
        line("        version: ['18', '20', '22']");
        line("        include:");
        line("          - os: ubuntu-latest");
        line("            coverage: true");
        line("    outputs:");
        line("      version: ${{ steps.meta.outputs.version }}");
        line("      artifact: ${{ steps.pack.outputs.name }}");
        line("    steps:");
        checkout();
        line("      - uses: actions/setup-" + language + "@v5");
        line("        with:");
        line("          " + language + "-version: ${{ matrix.version }}");
        line("          cache: " + (language.equals("node") ? "npm" : language.equals("python") ? "pip" : "true"));
        line("      - name: Read version");
        line("        id: meta");
        line("        shell: bash");
        line("        run: |");
        line("          set -euo pipefail");
        line("          version=\"$(git describe --tags --always)\"");
        line("          echo \"version=${version}\" >> \"$GITHUB_OUTPUT\"");
        line("          echo \"Building ${{ github.repository }} at ${{ github.sha }} for ${{ matrix.os }}\"");
        line("      - name: Install");
        line("        run: " + (random.nextInt(3) == 0 ? "npm install" : "npm ci --ignore-scripts"));
        line("      - name: Build");
        line("        env:");
        line("          CI: true");
        line("          NODE_OPTIONS: --max-old-space-size=4096");
        line("        run: |");
        for (int i = 0; i < 4 + random.nextInt(6); i++) {
            line("          echo \"step " + i + " of ${{ github.job }} on ${{ runner.os }}\"");
            line("          make build-" + i + " VERSION=\"${{ steps.meta.outputs.version }}\" || exit 1");
        }
        line("      - name: Package");
        line("        id: pack");
        line("        if: ${{ matrix.coverage && github.event_name != 'pull_request' }}");
        line("        run: |");
        line("          name=\"app-${{ steps.meta.outputs.version }}-${{ matrix.os }}\"");
        line("          tar czf \"$name.tgz\" dist/");
        line("          echo \"name=$name\" >> \"$GITHUB_OUTPUT\"");
        line("      - uses: actions/upload-artifact@v4");
        line("        if: success() && matrix.coverage");
        line("        with:");
        line("          name: ${{ steps.pack.outputs.name }}");
        line("          path: '*.tgz'");
        line("          retention-days: 5");
        jobs.add(id);
    }

    private void test() {
        String id = newJob("test");
        needs();
        line("    runs-on: ubuntu-latest");
        timeout();
        line("    services:");
        line("      postgres:");
        line("        image: postgres:16");
        line("        env:");
        line("          POSTGRES_PASSWORD: postgres");
        line("        ports: ['5432:5432']");
        line("    steps:");
        checkout();
        line("      - uses: actions/cache@v4");
        line("        with:");
        line("          path: ~/.npm");
        line("          key: ${{ runner.os }}-npm-${{ hashFiles('**/package-lock.json') }}");
        line("          restore-keys: ${{ runner.os }}-npm-");
        for (int i = 0; i < 3 + random.nextInt(5); i++) {
            line("      - name: Test shard " + i);
            line("        id: shard-" + i);
            line("        continue-on-error: ${{ inputs.debug }}");
            line("        run: |");
            line("          npm test -- --shard=" + (i + 1) + "/8 --reporter=junit");
            line("          echo \"result=ok\" >> \"$GITHUB_OUTPUT\"");
        }
        line("      - name: Report");
        line("        if: always()");
        line("        run: echo \"${{ steps.shard-0.outcome }} ${{ job.status }}\"");
        jobs.add(id);
    }

    private void docker() {
        String id = newJob("docker");
        needs();
        line("    runs-on: ubuntu-latest");
        timeout();
        line("    permissions:");
        line("      contents: read");
        line("      packages: write");
        line("    if: github.event_name == 'push' && startsWith(github.ref, 'refs/heads/main')");
        line("    steps:");
        checkout();
        line("      - uses: docker/setup-buildx-action@v3");
        line("      - uses: docker/login-action@v3");
        line("        with:");
        line("          registry: ${{ env.REGISTRY }}");
        line("          username: ${{ github.actor }}");
        line("          password: ${{ secrets.GITHUB_TOKEN }}");
        line("      - id: tags");
        line("        uses: docker/metadata-action@v5");
        line("        with:");
        line("          images: ${{ env.REGISTRY }}/${{ env.IMAGE_NAME }}");
        line("      - uses: docker/build-push-action@v6");
        line("        with:");
        line("          context: .");
        line("          push: true");
        line("          tags: ${{ steps.tags.outputs.tags }}");
        line("          labels: ${{ steps.tags.outputs.labels }}");
        line("          cache-from: type=gha");
        line("          cache-to: type=gha,mode=max");
        jobs.add(id);
    }

    private void deploy() {
        String id = newJob("deploy");
        needs();
        line("    runs-on: ubuntu-latest");
        timeout();
        line("    environment:");
        line("      name: ${{ inputs.environment || 'staging' }}");
        line("      url: https://example.com/${{ github.sha }}");
        line("    if: ${{ !cancelled() && github.ref == 'refs/heads/main' }}");
        line("    steps:");
        checkout();
        line("      - name: Deploy");
        line("        env:");
        line("          KUBECONFIG_DATA: ${{ secrets.KUBECONFIG }}");
        line("          TAG: ${{ github.sha }}");
        line("        run: |");
        line("          echo \"$KUBECONFIG_DATA\" | base64 -d > kubeconfig");
        line("          helm upgrade --install app ./chart --atomic --set image.tag=\"$TAG\"");
        line("          kubectl rollout status deployment/app --timeout=120s");
        line("      - name: Notify");
        line("        if: failure()");
        line("        run: echo \"Deploy of ${{ github.sha }} by ${{ github.actor }} failed\"");
        jobs.add(id);
    }
}
