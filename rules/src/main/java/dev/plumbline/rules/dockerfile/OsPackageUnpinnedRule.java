package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.PackageCommand;
import dev.plumbline.rules.dockerfile.support.RunSite;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.Word;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An OS package installed without a version. Off by default: distribution mirrors drop old versions,
 * so pinned builds rot; pinning the base image by digest is the better lever.
 */
public final class OsPackageUnpinnedRule implements Rule<Dockerfile> {

    private static final PeerId APT = PeerId.of(PeerId.HADOLINT, "DL3008");
    private static final PeerId APK = PeerId.of(PeerId.HADOLINT, "DL3018");
    private static final PeerId YUM = PeerId.of(PeerId.HADOLINT, "DL3033");
    private static final PeerId DNF = PeerId.of(PeerId.HADOLINT, "DL3041");
    private static final PeerId ZYPPER = PeerId.of(PeerId.HADOLINT, "DL3037");

    static final RuleMeta META = RuleMeta.of("dockerfile/os-package-unpinned", "OS package without a version",
            Severity.INFORMATION, Language.DOCKERFILE, APT, APK, YUM, DNF, ZYPPER).offByDefault();

    /** An RPM version suffix: {@code name-1.2}, {@code name-2:1.2-3.el9}. */
    private static final Pattern RPM_VERSION = Pattern.compile(".+-([0-9]+:)?[0-9][^/]*");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        for (RunSite site : RunSite.all(context.model())) {
            context.checkCanceled();
            for (Command command : site.commands()) {
                PackageCommand.of(command).ifPresent(p -> check(context, p));
            }
        }
    }

    private static void check(RuleContext<Dockerfile> context, PackageCommand p) {
        PeerId peer = switch (p.tool()) {
            case APT_GET, APT -> p.isSubcommand("install") ? APT : null;
            case APK -> p.isSubcommand("add") ? APK : null;
            case YUM -> p.isSubcommand("install") ? YUM : null;
            case DNF, MICRODNF, TDNF -> p.isSubcommand("install") ? DNF : null;
            case ZYPPER -> p.isSubcommand("install", "in") ? ZYPPER : null;
            default -> null;
        };
        if (peer == null) {
            return;
        }
        for (Word pkg : p.operands()) {
            if (!isPinned(peer, pkg.value())) {
                context.report(pkg.range(), "Package \"" + pkg.value() + "\" is installed without a version ("
                        + example(peer, pkg.value()) + ")").peers(peer);
            }
        }
    }

    private static boolean isPinned(PeerId peer, String pkg) {
        String lower = pkg.toLowerCase(Locale.ROOT);
        if (pkg.isEmpty() || pkg.contains("$") || pkg.contains("`") || pkg.contains("/") || lower.endsWith(".deb")
                || lower.endsWith(".rpm") || lower.endsWith(".apk") || pkg.startsWith("@")) {
            return true; // variables, local files, URLs, release selectors and groups
        }
        if (peer == APT) {
            return pkg.contains("=");
        }
        if (peer == APK) {
            return pkg.contains("=") || pkg.contains("~") || pkg.contains(">") || pkg.contains("<");
        }
        if (peer == ZYPPER) {
            return pkg.contains("=") || pkg.contains(">") || pkg.contains("<") || RPM_VERSION.matcher(pkg).matches();
        }
        return RPM_VERSION.matcher(pkg).matches() || pkg.contains("=");
    }

    private static String example(PeerId peer, String pkg) {
        if (peer == APT || peer == APK || peer == ZYPPER) {
            return pkg + "=<version>";
        }
        return pkg + "-<version>";
    }
}
