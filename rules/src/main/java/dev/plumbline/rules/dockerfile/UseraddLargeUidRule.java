package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.RunCommand;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.TextEdit;
import java.util.List;

/**
 * {@code useradd -u <UID of 6 or more digits>} without {@code -l}: useradd reserves lastlog and
 * faillog entries up to that UID, which can add gigabytes of sparse file to the layer.
 */
public final class UseraddLargeUidRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/useradd-large-uid", "useradd with a large UID without -l",
            Severity.WARNING, Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL3046"));

    static final String FIX_TITLE = "Insert -l (--no-log-init)";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        for (RunCommand rc : RunCommand.all(context.model())) {
            Command command = rc.command();
            if (!command.name().equals("useradd") || hasNoLogInit(command.arguments())) {
                continue;
            }
            Word uid = largeUid(command.arguments());
            if (uid == null) {
                continue;
            }
            Word name = command.words().get(0);
            String insert = command.isExec() ? ", \"-l\"" : " -l";
            context.report(uid.range(), "useradd with the large UID " + digits(uid.value())
                            + " and without -l fills the layer with a huge sparse lastlog file")
                    .fix(FIX_TITLE, TextEdit.insert(name.range().end(), insert));
        }
    }

    private static boolean hasNoLogInit(List<Word> args) {
        for (Word arg : args) {
            String v = arg.value();
            if (v.equals("--no-log-init") || (v.startsWith("-") && !v.startsWith("--") && shortFlags(v).indexOf('l') >= 0)) {
                return true;
            }
        }
        return false;
    }

    /** The leading letters of a short-option group ({@code -lm} → {@code lm}; {@code -u123} → {@code u}). */
    private static String shortFlags(String v) {
        int i = 1;
        while (i < v.length() && Character.isLetter(v.charAt(i))) {
            if (v.charAt(i) == 'u' || v.charAt(i) == 'g' || v.charAt(i) == 'd' || v.charAt(i) == 's' || v.charAt(i) == 'c') {
                return v.substring(1, i + 1); // these take a value: what follows is that value
            }
            i++;
        }
        return v.substring(1, i);
    }

    /** The word holding a UID of six or more digits given with {@code -u}, {@code -uN}, {@code --uid N} or {@code --uid=N}. */
    private static Word largeUid(List<Word> args) {
        for (int i = 0; i < args.size(); i++) {
            String v = args.get(i).value();
            String value = null;
            Word word = args.get(i);
            if ((v.equals("-u") || v.equals("--uid")) && i + 1 < args.size()) {
                word = args.get(i + 1);
                value = word.value();
            } else if (v.startsWith("--uid=")) {
                value = v.substring("--uid=".length());
            } else if (v.startsWith("-u") && !v.startsWith("--") && v.length() > 2) {
                value = v.substring(2);
            }
            if (value != null && value.length() >= 6 && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return word;
            }
        }
        return null;
    }

    private static String digits(String v) {
        return v.replaceAll("[^0-9]", "");
    }
}
