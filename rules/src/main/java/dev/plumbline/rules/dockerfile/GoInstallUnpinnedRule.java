package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.PackageCommand;
import dev.plumbline.rules.dockerfile.support.PackageCommand.Tool;
import dev.plumbline.rules.dockerfile.support.RunSite;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.Word;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code go install}, {@code go get} or {@code go run} of a remote module without a fixed version:
 * no {@code @version}, {@code @latest}, or a branch.
 */
public final class GoInstallUnpinnedRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/go-install-unpinned", "Go package without a version",
            Severity.WARNING, Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL3062"));

    /** A semantic version ({@code v1.2.3}, pseudo-versions included) or a commit hash. */
    private static final Pattern FIXED = Pattern.compile("v[0-9]+\\.[0-9]+\\.[0-9]+([-+].*)?|[0-9a-f]{7,40}");
    private static final Set<String> NOT_A_DOWNLOAD = Set.of("none");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        for (RunSite site : RunSite.all(context.model())) {
            context.checkCanceled();
            for (Command command : site.commands()) {
                PackageCommand.of(command, Tool.GO)
                        .filter(p -> p.isSubcommand("install", "get", "run"))
                        .ifPresent(p -> check(context, p));
            }
        }
    }

    private static void check(RuleContext<Dockerfile> context, PackageCommand p) {
        boolean run = p.isSubcommand("run");
        for (Word pkg : p.operands()) {
            String v = pkg.value();
            if (!isRemote(v)) {
                if (run) {
                    return; // go run ./cmd args…: the rest are the program's arguments
                }
                continue;
            }
            int at = v.indexOf('@');
            String version = at < 0 ? "" : v.substring(at + 1);
            if (at < 0) {
                context.report(pkg.range(), "\"" + v + "\" is fetched without a version; pin one (" + v + "@v<version>)");
            } else if (!NOT_A_DOWNLOAD.contains(version) && !FIXED.matcher(version).matches()) {
                context.report(pkg.range(), "\"" + v + "\" is fetched at \"" + version + "\", which moves; pin a"
                        + " version (" + v.substring(0, at) + "@v<version>)");
            }
            if (run) {
                return; // only the first operand of go run is the package
            }
        }
    }

    /** A module path whose first element looks like a domain ({@code github.com/…}, {@code golang.org/x/…}). */
    private static boolean isRemote(String pkg) {
        if (pkg.contains("$") || pkg.startsWith(".") || pkg.startsWith("/") || pkg.toLowerCase(Locale.ROOT).endsWith(".go")) {
            return false;
        }
        int slash = pkg.indexOf('/');
        String first = slash < 0 ? pkg : pkg.substring(0, slash);
        int at = first.indexOf('@');
        if (at >= 0) {
            first = first.substring(0, at);
        }
        return first.contains(".") && slash > 0;
    }
}
