package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.gha.KnownActions;
import dev.plumbline.syntax.gha.UsesRef;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextEdit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A remote {@code owner/repo} one edit (insertion, deletion, substitution or swap of neighbours) away
 * from a popular action's repository under a different owner, such as {@code actoins/checkout} or
 * {@code action/setup-node}: a lookalike repository that may run someone else's code.
 */
public final class TyposquatActionRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/typosquat-action", "Action name looks like a typo of a popular action",
            Severity.WARNING, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ZIZMOR, "typosquat-uses"));

    /** Popular repositories besides those of the known-actions table. */
    private static final List<String> MORE = List.of("ruby/setup-ruby", "dtolnay/rust-toolchain", "swatinem/rust-cache",
            "golangci/golangci-lint-action", "peter-evans/create-pull-request", "gradle/actions",
            "goreleaser/goreleaser-action", "pypa/gh-action-pypi-publish", "ncipollo/release-action",
            "jamesives/github-pages-deploy-action", "stefanzweifel/git-auto-commit-action", "tj-actions/changed-files",
            "dorny/paths-filter", "cachix/install-nix-action", "slackapi/slack-github-action", "sigstore/cosign-installer",
            "anchore/scan-action", "step-security/harden-runner", "ossf/scorecard-action", "actions/setup-ruby",
            "actions/first-interaction", "actions/dependency-review-action", "actions/attest-build-provenance",
            "release-drafter/release-drafter", "shivammathur/setup-php", "subosito/flutter-action",
            "gradle/gradle-build-action", "extractions/setup-just", "taiki-e/install-action", "denoland/setup-deno",
            "oven-sh/setup-bun", "mymindstorm/setup-emsdk", "microsoft/setup-msbuild", "nuget/setup-nuget",
            "hashicorp/setup-terraform", "azure/setup-helm", "azure/setup-kubectl", "azure/webapps-deploy");

    private static final class Popular {
        static final Set<String> REPOSITORIES = build();

        private static Set<String> build() {
            Set<String> out = new LinkedHashSet<>();
            for (String name : KnownActions.all().keySet()) {
                String[] parts = name.split("/");
                out.add(parts[0] + "/" + parts[1]);
            }
            out.addAll(MORE);
            return Set.copyOf(out);
        }
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        for (UsesRef uses : context.model().uses()) {
            if (!uses.isRemote() || uses.hasExpression() || uses.repository().isEmpty() || uses.scalar().isEmpty()) {
                continue;
            }
            String written = uses.repository().get();
            lookalike(written).ifPresent(popular -> {
                Range range = uses.rangeOf(0, written.length());
                var report = context.report(range, "\"" + written + "\" looks like a typo of the popular action \""
                        + popular + "\" under another owner; check that you mean this repository");
                if (context.document().textOf(range).equals(written)) {
                    report.fix("Replace with " + popular, new TextEdit(range, popular));
                }
            });
        }
    }

    /** The popular repository one edit away under another owner, if any. */
    static Optional<String> lookalike(String repository) {
        String lower = repository.toLowerCase(Locale.ROOT);
        if (Popular.REPOSITORIES.contains(lower)) {
            return Optional.empty();
        }
        String owner = lower.substring(0, Math.max(0, lower.indexOf('/')));
        for (String popular : Popular.REPOSITORIES) {
            String popularOwner = popular.substring(0, popular.indexOf('/'));
            if (!popularOwner.equals(owner) && oneEditApart(lower, popular)) {
                return Optional.of(popular);
            }
        }
        return Optional.empty();
    }

    /** True when one insertion, deletion, substitution or swap of neighbours turns {@code a} into {@code b}. */
    static boolean oneEditApart(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true; // substitution
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2)); // swap
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }
}
