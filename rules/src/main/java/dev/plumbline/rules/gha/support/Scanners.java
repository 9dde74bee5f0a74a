package dev.plumbline.rules.gha.support;

import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.UsesRef;
import dev.plumbline.syntax.shell.Command;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Security scanners: the actions and the command-line tools that check code, dependencies, images or configuration. */
public final class Scanners {

    /** Scanner actions ({@code owner/repo[/path]}, lower case); a prefix ending in {@code /} covers every path below. */
    private static final Set<String> ACTIONS = Set.of("aquasecurity/trivy-action", "aquasecurity/tfsec-action",
            "anchore/scan-action", "docker/scout-action", "snyk/actions/", "gitleaks/gitleaks-action",
            "trufflesecurity/trufflehog", "semgrep/semgrep-action", "returntocorp/semgrep-action",
            "bridgecrewio/checkov-action", "zizmorcore/zizmor-action", "hadolint/hadolint-action",
            "stackrox/kube-linter-action", "pypa/gh-action-pip-audit", "actions/dependency-review-action",
            "github/codeql-action/analyze", "google/osv-scanner-action/", "crazy-max/ghaction-container-scan",
            "sonarsource/sonarqube-scan-action", "sonarsource/sonarcloud-github-action", "golang/govulncheck-action",
            "rustsec/audit-check", "erzz/dockle-action", "goodwithtech/dockle-action");

    /** Image scanners among {@link #ACTIONS}. */
    private static final Set<String> IMAGE_ACTIONS = Set.of("aquasecurity/trivy-action", "anchore/scan-action",
            "docker/scout-action", "snyk/actions/docker", "crazy-max/ghaction-container-scan", "erzz/dockle-action",
            "goodwithtech/dockle-action");

    /** Scanner programs; {@code null} subcommand means any. */
    private static final Set<String> PROGRAMS = Set.of("trivy", "grype", "gitleaks", "trufflehog", "semgrep", "checkov",
            "zizmor", "hadolint", "kube-linter", "tfsec", "osv-scanner", "bandit", "govulncheck", "pip-audit",
            "safety", "bundler-audit", "dockle", "kubesec", "kubescape", "snyk", "actionlint", "terrascan", "tflint");

    private Scanners() {
    }

    /** The action name when the step uses a scanner action. */
    public static Optional<String> action(Step step) {
        return step.uses().filter(UsesRef::isRemote).map(u -> u.name().toLowerCase(Locale.ROOT))
                .filter(Scanners::isScannerAction);
    }

    public static boolean isScannerAction(String name) {
        return ACTIONS.contains(name) || ACTIONS.stream().anyMatch(a -> a.endsWith("/") && name.startsWith(a));
    }

    /** True for an action that scans container images. */
    public static boolean isImageScannerAction(String name) {
        return IMAGE_ACTIONS.contains(name);
    }

    /** A short name of the scanner the command runs ({@code npm audit}, {@code trivy}), or empty. */
    public static Optional<String> command(Command command) {
        String name = command.name();
        List<String> args = command.arguments().stream().map(w -> w.value()).toList();
        String first = args.isEmpty() ? "" : args.get(0);
        switch (name) {
            case "npm", "yarn", "pnpm", "bun" -> {
                return first.equals("audit") ? Optional.of(name + " audit") : Optional.empty();
            }
            case "cargo" -> {
                return first.equals("audit") || first.equals("deny") ? Optional.of("cargo " + first) : Optional.empty();
            }
            case "bundle" -> {
                return first.equals("audit") ? Optional.of("bundle audit") : Optional.empty();
            }
            case "docker" -> {
                return first.equals("scout") ? Optional.of("docker scout") : Optional.empty();
            }
            default -> {
                return PROGRAMS.contains(name) ? Optional.of(name) : Optional.empty();
            }
        }
    }

    /** True when the command scans an image ({@code trivy image}, {@code grype <image>}, {@code docker scout cves}). */
    public static boolean scansImages(Command command) {
        String name = command.name();
        List<String> args = command.arguments().stream().map(w -> w.value()).toList();
        String first = args.isEmpty() ? "" : args.get(0);
        return switch (name) {
            case "trivy" -> first.equals("image") || first.equals("i");
            case "grype", "dockle" -> true;
            case "docker" -> first.equals("scout");
            case "snyk" -> first.equals("container");
            default -> false;
        };
    }
}
