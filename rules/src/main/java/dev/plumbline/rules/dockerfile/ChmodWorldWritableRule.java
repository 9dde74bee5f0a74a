package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.RunCommand;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.shell.Word;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code chmod} granting write to others ({@code 777}, {@code 666}, {@code o+w}, {@code a+w}).
 * Modes with the sticky bit ({@code 1777}, the /tmp idiom) are fine.
 */
public final class ChmodWorldWritableRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/chmod-world-writable", "chmod makes files world-writable",
            Severity.INFORMATION, Language.DOCKERFILE);

    private static final Pattern OCTAL = Pattern.compile("0?[0-7]{3,4}");
    private static final Pattern SYMBOLIC = Pattern.compile("([ugoa]*)([-+=])([rwxXstugo]*)");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        for (RunCommand rc : RunCommand.all(context.model())) {
            if (rc.command().name().equals("chmod")) {
                mode(rc).filter(w -> isWorldWritable(w.value())).ifPresent(w -> context.report(w.range(),
                        "chmod " + w.value() + " lets every user of the container write here; grant write to the owner"
                                + " (or group) only"));
            }
        }
    }

    /** The mode operand: the first argument that is not an option. */
    private static Optional<Word> mode(RunCommand rc) {
        for (Word arg : rc.command().arguments()) {
            String v = arg.value();
            if (v.startsWith("--") || (v.startsWith("-") && v.length() > 1 && !SYMBOLIC.matcher(v).matches())) {
                continue;
            }
            return Optional.of(arg);
        }
        return Optional.empty();
    }

    static boolean isWorldWritable(String mode) {
        if (OCTAL.matcher(mode).matches()) {
            String digits = mode.length() == 5 ? mode.substring(1) : mode;
            int others = digits.charAt(digits.length() - 1) - '0';
            boolean sticky = digits.length() == 4 && ((digits.charAt(0) - '0') & 1) != 0;
            return (others & 2) != 0 && !sticky;
        }
        boolean writable = false;
        boolean sticky = false;
        for (String clause : mode.split(",")) {
            var m = SYMBOLIC.matcher(clause);
            if (!m.matches()) {
                return false;
            }
            String who = m.group(1);
            boolean grants = !m.group(2).equals("-");
            if (grants && (who.contains("o") || who.contains("a")) && m.group(3).contains("w")) {
                writable = true;
            }
            sticky |= grants && m.group(3).contains("t");
        }
        return writable && !sticky;
    }
}
