package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.BuilderFlags;
import dev.plumbline.rules.dockerfile.support.DockerfileUtilsIds;
import dev.plumbline.rules.dockerfile.support.GoDuration;
import dev.plumbline.rules.dockerfile.support.Instructions;
import dev.plumbline.rules.dockerfile.support.MountProblems;
import dev.plumbline.rules.dockerfile.support.Templates;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Flag;
import dev.plumbline.syntax.dockerfile.HealthcheckInstruction;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.shell.Word;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** A known builder flag with a value BuildKit rejects, or given twice. */
public final class SyntaxFlagValueRule implements Rule<Dockerfile> {

    private static final PeerId MISSING_VALUE = DockerfileUtilsIds.of("FLAG_MISSING_VALUE");
    private static final PeerId DUPLICATE = DockerfileUtilsIds.of("FLAG_DUPLICATE");
    private static final PeerId INVALID_DURATION = DockerfileUtilsIds.of("FLAG_INVALID_DURATION");
    private static final PeerId LESS_THAN_1MS = DockerfileUtilsIds.of("FLAG_LESS_THAN_1MS");
    private static final PeerId MISSING_DURATION = DockerfileUtilsIds.of("FLAG_MISSING_DURATION");
    private static final PeerId UNKNOWN_UNIT = DockerfileUtilsIds.of("FLAG_UNKNOWN_UNIT");
    private static final PeerId AT_LEAST_ONE = DockerfileUtilsIds.of("FLAG_AT_LEAST_ONE");
    private static final PeerId EXPECTED_BOOLEAN = DockerfileUtilsIds.of("FLAG_EXPECTED_BOOLEAN_VALUE");
    private static final PeerId INVALID_FROM = DockerfileUtilsIds.of("FLAG_INVALID_FROM_VALUE");

    static final RuleMeta META = RuleMeta.of("dockerfile/syntax-flag-value", "Invalid flag value",
            Severity.ERROR, Language.DOCKERFILE, MISSING_VALUE, DUPLICATE, INVALID_DURATION, LESS_THAN_1MS,
            MISSING_DURATION, UNKNOWN_UNIT, AT_LEAST_ONE, EXPECTED_BOOLEAN, INVALID_FROM);

    private static final Set<String> DURATIONS = Set.of("interval", "timeout", "start-period", "start-interval");
    private static final Pattern OCTAL = Pattern.compile("[0-7]{1,11}");
    private static final Pattern SYMBOLIC = Pattern.compile(
            "[ugoa]*(?:[-+=](?:[rwxXst]*|[ugo]))+(?:,[ugoa]*(?:[-+=](?:[rwxXst]*|[ugo]))+)*");
    private static final Pattern RETRIES = Pattern.compile("[-+]?[0-9]+");
    private static final double MILLISECOND = 1e6;

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        if (Templates.isTemplate(context.model())) {
            return; // not built as written
        }
        for (Instruction instruction : Instructions.withTriggers(context.model())) {
            if (instruction.flags().isEmpty() || instruction instanceof HealthcheckInstruction h && h.isNone()) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (Flag flag : instruction.flags()) {
                BuilderFlags.Type type = BuilderFlags.type(instruction.name(), flag.name()).orElse(null);
                if (type == null) {
                    continue; // syntax-unknown-flag's
                }
                String written = "--" + flag.name();
                if (type != BuilderFlags.Type.REPEATABLE && !seen.add(flag.name())) {
                    context.report(flag.nameRange(), written + " is given more than once; " + instruction.name()
                            + " takes it once").peers(DUPLICATE);
                    continue;
                }
                if (flag.valueWord().isEmpty()) {
                    if (type != BuilderFlags.Type.BOOLEAN) {
                        context.report(flag.nameRange(), written + " needs a value (" + written + "=…)")
                                .peers(MISSING_VALUE);
                    }
                    continue;
                }
                checkValue(context, flag, type, flag.valueWord().get());
            }
        }
    }

    private static void checkValue(RuleContext<Dockerfile> context, Flag flag, BuilderFlags.Type type, Word value) {
        String name = flag.name();
        String written = "--" + name;
        String v = value.value();
        if (type == BuilderFlags.Type.BOOLEAN) {
            if (v.isEmpty()) {
                context.report(flag.range(), written + "= needs true or false, or no \"=\" at all")
                        .peers(MISSING_VALUE);
            } else if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
                context.report(value.range(), written + " expects true or false, not \"" + v + "\"")
                        .peers(EXPECTED_BOOLEAN);
            }
            return;
        }
        if (DURATIONS.contains(name)) {
            duration(context, flag, value);
            return;
        }
        switch (name) {
            case "retries" -> retries(context, value);
            case "from" -> {
                if (v.isEmpty()) {
                    context.report(flag.range(), "--from= names no stage or image").peers(INVALID_FROM);
                }
            }
            case "chmod" -> {
                if (!v.isEmpty() && !v.contains("$") && !OCTAL.matcher(v).matches() && !SYMBOLIC.matcher(v).matches()) {
                    context.report(value.range(), "--chmod=" + v
                            + " is neither an octal mode (755) nor a symbolic one (u+x)").peers();
                }
            }
            case "network" -> oneOf(context, value, "--network", "default", "none", "host");
            case "security" -> oneOf(context, value, "--security", "sandbox", "insecure");
            case "mount" -> MountProblems.of(flag, context.document())
                    .forEach(p -> context.report(p.range(), p.message()).peers());
            default -> { }
        }
    }

    /** Go's {@code strconv.ParseInt(v, 10, 32)}, then BuildKit's "not negative" ({@code 0} is the default). */
    private static void retries(RuleContext<Dockerfile> context, Word value) {
        String v = value.value();
        if (v.isEmpty()) {
            return;
        }
        if (!RETRIES.matcher(v).matches() || v.length() > 12) {
            context.report(value.range(), "--retries must be a whole number, not \"" + v + "\"").peers();
            return;
        }
        long retries = Long.parseLong(v.startsWith("+") ? v.substring(1) : v);
        if (retries > Integer.MAX_VALUE) {
            context.report(value.range(), "--retries=" + v + " is out of range").peers();
        } else if (retries < 0) {
            context.report(value.range(), "--retries cannot be negative (" + v + ")").peers(AT_LEAST_ONE);
        }
    }

    private static void duration(RuleContext<Dockerfile> context, Flag flag, Word value) {
        String v = value.value();
        if (v.isEmpty()) {
            return; // BuildKit reads --interval= as the default
        }
        GoDuration duration = GoDuration.parse(v);
        String written = "--" + flag.name();
        switch (duration.outcome()) {
            case VALID -> {
                if (duration.nanos() != 0 && duration.nanos() < MILLISECOND) {
                    context.report(value.range(), written + " cannot be less than 1ms (" + v + ")").peers(LESS_THAN_1MS);
                }
            }
            case MISSING_UNIT -> context.report(value.range(), written + ": " + duration.problem().orElseThrow())
                    .peers(MISSING_DURATION);
            case UNKNOWN_UNIT -> context.report(value.range(), written + ": " + duration.problem().orElseThrow())
                    .peers(UNKNOWN_UNIT);
            case INVALID -> context.report(value.range(), written + ": " + duration.problem().orElseThrow())
                    .peers(INVALID_DURATION);
            default -> { }
        }
    }

    private static void oneOf(RuleContext<Dockerfile> context, Word value, String flag, String... allowed) {
        String v = value.value();
        if (v.contains("$")) {
            return;
        }
        for (String word : allowed) {
            if (word.equals(v)) {
                return;
            }
        }
        context.report(value.range(), flag + "=" + v + " is not one of " + String.join(", ", allowed)).peers();
    }
}
