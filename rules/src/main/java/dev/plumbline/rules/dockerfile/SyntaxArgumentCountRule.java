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
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.TextEdit;
import java.util.List;
import java.util.Set;

/**
 * Too few or too many arguments for an instruction (ENV, LABEL and ARG are
 * {@code dockerfile/syntax-key-value}'s, the FROM word count is {@code dockerfile/syntax-from}'s).
 */
public final class SyntaxArgumentCountRule implements Rule<Dockerfile> {

    private static final PeerId MISSING = DockerfileUtilsIds.of("ARGUMENT_MISSING");
    private static final PeerId EXTRA = DockerfileUtilsIds.of("ARGUMENT_EXTRA");
    private static final PeerId AT_LEAST_ONE = DockerfileUtilsIds.of("ARGUMENT_REQUIRES_AT_LEAST_ONE");
    private static final PeerId AT_LEAST_TWO = DockerfileUtilsIds.of("ARGUMENT_REQUIRES_AT_LEAST_TWO");
    private static final PeerId UNNECESSARY = DockerfileUtilsIds.of("ARGUMENT_UNNECESSARY");
    private static final PeerId CMD_MISSING = DockerfileUtilsIds.of("HEALTHCHECK_CMD_ARGUMENT_MISSING");

    static final RuleMeta META = RuleMeta.of("dockerfile/syntax-argument-count",
            "Wrong number of arguments", Severity.ERROR, Language.DOCKERFILE,
            MISSING, EXTRA, AT_LEAST_ONE, AT_LEAST_TWO, UNNECESSARY, CMD_MISSING);

    /** Instructions whose argument is the whole rest of the line, read as one string. */
    private static final Set<String> ONE_STRING = Set.of("MAINTAINER", "STOPSIGNAL", "USER", "WORKDIR");

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
            if (!Instructions.isKnown(instruction)) {
                continue;
            }
            switch (instruction.name()) {
                // BuildKit runs an empty RUN (a cache-mount-only RUN is a known idiom) and reads an
                // empty CMD or ENTRYPOINT as a reset
                case "ENV", "LABEL", "ARG", "RUN", "CMD", "ENTRYPOINT" -> { }
                case "ADD", "COPY" -> sourcesAndDestination(context, instruction);
                case "HEALTHCHECK" -> healthcheck(context, (HealthcheckInstruction) instruction);
                case "STOPSIGNAL" -> stopsignal(context, instruction);
                default -> missing(context, instruction);
            }
        }
    }

    private static void missing(RuleContext<Dockerfile> context, Instruction instruction) {
        if (!instruction.arguments().isEmpty() || !instruction.heredocs().isEmpty()) {
            return;
        }
        String name = instruction.name();
        if (instruction.execForm().isPresent()) {
            // CMD [] and ENTRYPOINT [] reset the command; SHELL [] is syntax-invalid-argument's
            if (name.equals("VOLUME")) {
                context.report(instruction.execForm().get().range(), "VOLUME requires at least one path").peers(MISSING);
            }
            return;
        }
        String needs = ONE_STRING.contains(name) ? "exactly one argument" : "at least one argument";
        context.report(instruction.keyword().range(), name + " requires " + needs).peers(MISSING);
    }

    private static void sourcesAndDestination(RuleContext<Dockerfile> context, Instruction instruction) {
        List<Word> args = instruction.arguments();
        if (args.size() >= 2) {
            return;
        }
        String message = instruction.name() + " requires at least two arguments: one or more sources and a destination";
        if (args.size() == 1) {
            context.report(args.get(0).range(), message).peers(AT_LEAST_TWO);
        } else {
            context.report(instruction.execForm().map(ExecForm::range).orElse(instruction.keyword().range()), message)
                    .peers(AT_LEAST_TWO);
        }
    }

    private static void healthcheck(RuleContext<Dockerfile> context, HealthcheckInstruction healthcheck) {
        if (healthcheck.type().isEmpty()) {
            context.report(healthcheck.keyword().range(), "HEALTHCHECK requires CMD <command> or NONE")
                    .peers(AT_LEAST_ONE);
            return;
        }
        Word type = healthcheck.type().get();
        List<Word> args = healthcheck.arguments();
        if (type.is("CMD") && args.size() == 1) {
            context.report(type.range(), "HEALTHCHECK CMD has no command to run").peers(CMD_MISSING);
        } else if (type.is("NONE") && args.size() > 1) {
            int start = healthcheck.execForm().map(e -> context.document().offsetAt(e.range().start()))
                    .orElse(args.get(1).startOffset());
            int end = healthcheck.argumentText().endOffset();
            context.report(start, end, "HEALTHCHECK NONE takes no arguments").peers(UNNECESSARY)
                    .fix("Remove the surplus arguments",
                            new TextEdit(context.document().rangeOf(type.endOffset(), end), ""));
        }
    }

    private static void stopsignal(RuleContext<Dockerfile> context, Instruction instruction) {
        List<Word> args = instruction.arguments();
        if (args.isEmpty()) {
            missing(context, instruction);
            return;
        }
        if (args.size() > 1) {
            int end = args.get(args.size() - 1).endOffset();
            context.report(args.get(1).startOffset(), end, "STOPSIGNAL takes one signal").peers(EXTRA)
                    .fix("Remove the surplus arguments",
                            new TextEdit(context.document().rangeOf(args.get(0).endOffset(), end), ""));
        }
    }
}
