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

/** {@code npm install <name>} without a version installs whatever the registry tags {@code latest} today. */
public final class NpmUnpinnedRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/npm-unpinned", "npm package without a version",
            Severity.WARNING, Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL3016"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        for (RunSite site : RunSite.all(context.model())) {
            context.checkCanceled();
            for (Command command : site.commands()) {
                PackageCommand.of(command, Tool.NPM)
                        .filter(p -> p.isSubcommand("install", "i", "add") && !p.has("help", "h"))
                        .ifPresent(p -> {
                            for (Word pkg : p.operands()) {
                                if (!isPinned(pkg.value())) {
                                    context.report(pkg.range(), "Package \"" + pkg.value() + "\" is installed without"
                                            + " a version; pin one (" + name(pkg.value()) + "@<version>)");
                                }
                            }
                        });
            }
        }
    }

    static boolean isPinned(String spec) {
        String lower = spec.toLowerCase(Locale.ROOT);
        if (spec.isEmpty() || spec.contains("$") || spec.contains("`")) {
            return true;
        }
        if (lower.endsWith(".tgz") || lower.endsWith(".tar.gz") || lower.endsWith(".tar")) {
            return true;
        }
        if (lower.startsWith("git+") || lower.startsWith("git://") || lower.startsWith("git@") || lower.contains("://")
                || lower.startsWith("github:") || lower.startsWith("gitlab:") || lower.startsWith("bitbucket:")) {
            return lower.contains("#") && !lower.endsWith("#");
        }
        if (spec.startsWith(".") || spec.startsWith("/") || spec.startsWith("~") || spec.startsWith("file:")) {
            return true;
        }
        String unscoped = spec.startsWith("@") ? spec.substring(1) : spec;
        if (!spec.startsWith("@") && unscoped.contains("/")) {
            // user/repo is a GitHub shorthand
            return lower.contains("#") && !lower.endsWith("#");
        }
        int at = unscoped.indexOf('@');
        if (at < 0) {
            return false;
        }
        String version = unscoped.substring(at + 1);
        return isVersion(version);
    }

    /** A version or range ({@code 1.2.3}, {@code ^1.2}, {@code ~1}, {@code >=2 <3}, {@code v1}); not a dist-tag. */
    private static boolean isVersion(String version) {
        if (version.isEmpty()) {
            return false;
        }
        char c = version.charAt(0);
        if (Character.isDigit(c) || c == '^' || c == '~' || c == '>' || c == '<' || c == '=') {
            return true;
        }
        return (c == 'v' || c == 'V') && version.length() > 1 && Character.isDigit(version.charAt(1));
    }

    private static String name(String spec) {
        int at = spec.indexOf('@', spec.startsWith("@") ? 1 : 0);
        return at < 0 ? spec : spec.substring(0, at);
    }
}
