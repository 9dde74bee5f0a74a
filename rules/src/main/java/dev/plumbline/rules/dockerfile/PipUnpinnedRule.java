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
import java.util.List;
import java.util.Locale;

/** {@code pip install <name>} without a version specifier installs whatever is newest at build time. */
public final class PipUnpinnedRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/pip-unpinned", "pip package without a version",
            Severity.WARNING, Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL3013"));

    private static final List<String> SPECIFIERS = List.of("==", "~=", ">=", "<=", "!=", ">", "<", "@");
    private static final List<String> ARCHIVES = List.of(".whl", ".tar.gz", ".tgz", ".zip", ".tar.bz2", ".tar");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        for (RunSite site : RunSite.all(context.model())) {
            context.checkCanceled();
            for (Command command : site.commands()) {
                PackageCommand.of(command, Tool.PIP)
                        .filter(p -> p.isSubcommand("install") && !p.has("c", "constraint", "help", "h"))
                        .ifPresent(p -> check(context, p));
            }
        }
    }

    private static void check(RuleContext<Dockerfile> context, PackageCommand p) {
        List<Word> operands = p.operands();
        for (int i = 0; i < operands.size(); i++) {
            Word pkg = operands.get(i);
            if (i + 1 < operands.size() && operands.get(i + 1).value().equals("@")) {
                i += 2; // name @ url
                continue;
            }
            if (!isPinned(pkg.value())) {
                String name = pkg.value();
                context.report(pkg.range(), "Package \"" + name + "\" is installed without a version (" + name
                        + "==<version>); pin it, or install from a requirements or constraints file");
            }
        }
    }

    private static boolean isPinned(String pkg) {
        String lower = pkg.toLowerCase(Locale.ROOT);
        if (pkg.isEmpty() || pkg.contains("$") || pkg.contains("`")) {
            return true; // depends on a variable: not judged
        }
        int scheme = pkg.indexOf("://");
        if (scheme > 0) {
            String prefix = lower.substring(0, scheme);
            boolean vcs = prefix.equals("git") || prefix.startsWith("git+") || prefix.startsWith("hg+")
                    || prefix.startsWith("svn") || prefix.startsWith("bzr+");
            if (!vcs) {
                return true; // an archive URL: one fixed file
            }
            int path = pkg.indexOf('/', scheme + 3);
            return path > 0 && pkg.indexOf('@', path) > 0;
        }
        if (pkg.startsWith(".") || pkg.startsWith("/") || pkg.startsWith("~") || pkg.contains("/")
                || pkg.contains("\\")) {
            return true; // a local path
        }
        for (String archive : ARCHIVES) {
            if (lower.endsWith(archive)) {
                return true;
            }
        }
        for (String specifier : SPECIFIERS) {
            if (pkg.contains(specifier)) {
                return true;
            }
        }
        return false;
    }
}
