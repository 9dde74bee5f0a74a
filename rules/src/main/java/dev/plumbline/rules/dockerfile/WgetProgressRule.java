package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.ChainBase;
import dev.plumbline.rules.dockerfile.support.CommandEdits;
import dev.plumbline.rules.dockerfile.support.RunSite;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.Word;
import java.util.List;

/**
 * {@code wget} without a quieter progress setting: outside a terminal GNU wget prints a dot line for
 * every 50 KB, which floods the build log on big downloads.
 */
public final class WgetProgressRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/wget-progress", "wget floods the build log with progress",
            Severity.HINT, Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL3047"));

    static final String FIX_TITLE = "Insert --progress=dot:giga";
    /** wget's short options that take a value (the rest of a bundle is that value). */
    private static final String SHORT_WITH_VALUE = "OoaPTtUeiBwYDQlAR";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        Dockerfile dockerfile = context.model();
        for (RunSite site : RunSite.all(dockerfile)) {
            context.checkCanceled();
            for (Command command : site.commands()) {
                if (!command.name().equals("wget") || isQuiet(command.arguments())) {
                    continue;
                }
                Word wget = command.nameWord().orElseThrow();
                RuleContext<Dockerfile>.Report report = context.report(wget.range(), "wget without --progress, -q or"
                        + " -nv prints a progress line for every 50 KB it downloads into the build log");
                // BusyBox wget (Alpine) has no --progress option
                if (!ChainBase.isAlpineOrBusybox(dockerfile, site.stage())) {
                    report.fix(FIX_TITLE, CommandEdits.insertAfter(command, wget, "--progress=dot:giga"));
                }
            }
        }
    }

    /** {@code --progress…}, {@code -q}/{@code --quiet}, {@code -nv}/{@code --no-verbose}, or output sent to a log file. */
    private static boolean isQuiet(List<Word> args) {
        for (Word word : args) {
            String v = word.value();
            if (v.equals("--")) {
                return false;
            }
            if (v.startsWith("--")) {
                if (v.startsWith("--progress") || v.equals("--quiet") || v.equals("--no-verbose")
                        || v.startsWith("--output-file") || v.startsWith("--append-output")
                        || v.equals("--help") || v.equals("--version")) {
                    return true;
                }
                continue;
            }
            if (v.equals("-nv")) {
                return true;
            }
            if (v.length() < 2 || v.charAt(0) != '-' || v.startsWith("-n")) {
                continue;
            }
            for (int k = 1; k < v.length(); k++) {
                char c = v.charAt(k);
                if (c == 'q' || c == 'o' || c == 'a' || c == 'h' || c == 'V') {
                    return true;
                }
                if (SHORT_WITH_VALUE.indexOf(c) >= 0) {
                    break;
                }
            }
        }
        return false;
    }
}
