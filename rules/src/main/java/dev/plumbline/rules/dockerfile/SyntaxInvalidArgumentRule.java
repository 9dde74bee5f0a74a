package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.DockerfileUtilsIds;
import dev.plumbline.rules.dockerfile.support.Instructions;
import dev.plumbline.rules.dockerfile.support.Templates;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.ExecForm;
import dev.plumbline.syntax.dockerfile.HealthcheckInstruction;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.ParseProblem;
import dev.plumbline.syntax.shell.Word;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** SHELL not a JSON array of strings, STOPSIGNAL not a signal, HEALTHCHECK of an unknown type. */
public final class SyntaxInvalidArgumentRule implements Rule<Dockerfile> {

    private static final PeerId SHELL_JSON_FORM = DockerfileUtilsIds.of("SHELL_JSON_FORM");
    private static final PeerId SHELL_REQUIRES_ONE = DockerfileUtilsIds.of("SHELL_REQUIRES_ONE");
    private static final PeerId INVALID_SIGNAL = DockerfileUtilsIds.of("INVALID_SIGNAL");
    private static final PeerId UNKNOWN_TYPE = DockerfileUtilsIds.of("UNKNOWN_TYPE");

    static final RuleMeta META = RuleMeta.of("dockerfile/syntax-invalid-argument", "Invalid argument",
            Severity.ERROR, Language.DOCKERFILE, SHELL_JSON_FORM, SHELL_REQUIRES_ONE, INVALID_SIGNAL, UNKNOWN_TYPE);

    /** Signal names as Docker reads them (upper case, without {@code SIG}). */
    private static final Set<String> SIGNALS = Set.of("ABRT", "ALRM", "BUS", "CHLD", "CLD", "CONT", "FPE", "HUP",
            "ILL", "INT", "IO", "IOT", "KILL", "PIPE", "POLL", "PROF", "PWR", "QUIT", "SEGV", "STKFLT", "STOP", "SYS",
            "TERM", "TRAP", "TSTP", "TTIN", "TTOU", "URG", "USR1", "USR2", "VTALRM", "WINCH", "XCPU", "XFSZ", "RTMIN",
            "RTMAX");
    private static final Pattern REALTIME = Pattern.compile("RTMIN\\+(?:[1-9]|1[0-5])|RTMAX-(?:[1-9]|1[0-4])");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        if (Templates.isTemplate(context.model())) {
            return; // not built as written
        }
        for (ParseProblem problem : context.model().problems()) {
            if (problem.kind() == ParseProblem.Kind.SHELL_NOT_JSON) {
                context.report(problem.range(), problem.message()).peers(SHELL_JSON_FORM);
            }
        }
        for (Instruction instruction : Instructions.withTriggers(context.model())) {
            switch (instruction.name()) {
                case "SHELL" -> instruction.execForm().filter(e -> e.elements().isEmpty()).map(ExecForm::range)
                        .ifPresent(range -> context.report(range, "SHELL requires at least one string, e.g. "
                                + "SHELL [\"/bin/sh\", \"-c\"]").peers(SHELL_REQUIRES_ONE));
                case "STOPSIGNAL" -> {
                    if (instruction.arguments().size() == 1) {
                        signal(context, instruction.arguments().get(0));
                    }
                }
                case "HEALTHCHECK" -> ((HealthcheckInstruction) instruction).type()
                        .filter(type -> !type.is("CMD") && !type.is("NONE"))
                        .ifPresent(type -> context.report(type.range(), "Unknown HEALTHCHECK type \"" + type.text()
                                + "\"; write CMD <command> or NONE").peers(UNKNOWN_TYPE));
                default -> { }
            }
        }
    }

    private static void signal(RuleContext<Dockerfile> context, Word word) {
        String value = word.value();
        if (value.contains("$")) {
            return; // resolved at build time
        }
        if (NUMBER.matcher(value).matches()) {
            if (value.chars().anyMatch(c -> c != '0')) {
                return;
            }
        } else {
            String name = value.toUpperCase(Locale.ROOT);
            name = name.startsWith("SIG") ? name.substring(3) : name;
            if (SIGNALS.contains(name) || REALTIME.matcher(name).matches()) {
                return;
            }
        }
        context.report(word.range(), "\"" + value + "\" is not a signal; write a name such as SIGTERM or a number")
                .peers(INVALID_SIGNAL);
    }
}
