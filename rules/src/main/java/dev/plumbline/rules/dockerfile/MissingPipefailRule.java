package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.ChainBase;
import dev.plumbline.rules.dockerfile.support.InstructionEdits;
import dev.plumbline.rules.dockerfile.support.PossibleParents;
import dev.plumbline.rules.dockerfile.support.RunSite;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.EffectiveShell;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.List;
import java.util.Set;

/**
 * A pipe in a RUN whose shell runs without {@code pipefail}: the pipeline's status is the last
 * command's, so {@code curl … | tar -x} succeeds even when the download failed.
 */
public final class MissingPipefailRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/missing-pipefail", "Pipe without pipefail",
            Severity.WARNING, Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL4006"));

    static final String FIX_TITLE = "Insert a SHELL with -o pipefail";
    /** Shells that accept {@code -o pipefail} and can be kept as they are in the new SHELL. */
    private static final Set<String> PIPEFAIL_SHELLS = Set.of("bash", "zsh", "ash", "ksh", "mksh");
    /** Writers whose failure there is nothing to hide. */
    private static final Set<String> HARMLESS_WRITERS = Set.of("echo", "printf", "yes", "true");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        Dockerfile dockerfile = context.model();
        for (RunSite site : RunSite.all(dockerfile)) {
            context.checkCanceled();
            EffectiveShell shell = site.shell();
            if (site.run().isExecForm() || !shell.isPosix() || shell.hasPipefail()
                    || (shell.source() == EffectiveShell.Source.DEFAULT && parentMaySetShell(dockerfile, site))) {
                continue;
            }
            Command reader = firstUnprotectedPipe(site.commands());
            if (reader == null) {
                continue;
            }
            String shellPath = replacementShell(dockerfile, site, shell);
            String line = "SHELL [\"" + shellPath + "\", \"-o\", \"pipefail\", \"-c\"]";
            RuleContext<Dockerfile>.Report report = context.report(pipeRange(context.document(), reader),
                    "Without pipefail a pipe only fails when its last command does, so a failure before \""
                            + reader.name() + "\" goes unnoticed; start the stage's shell with -o pipefail (" + line + ")");
            if (!site.isTrigger()) {
                report.fix(FIX_TITLE, InstructionEdits.insertLineAbove(context.document(), site.owner(), line));
            }
        }
    }

    /**
     * The first command (of the RUN's own script) that reads a pipe whose writer could fail, before any
     * {@code set -o pipefail}; a pipe fed by {@code echo}, {@code printf} or {@code yes} hides nothing.
     */
    private static Command firstUnprotectedPipe(List<Command> commands) {
        Command writer = null;
        for (Command command : commands) {
            if (command.nesting() != 0) {
                continue;
            }
            if (setsPipefail(command)) {
                return null;
            }
            if (command.pipesIn() && (writer == null || !HARMLESS_WRITERS.contains(writer.name()))) {
                return command;
            }
            writer = command.pipesOut() ? command : null;
        }
        return null;
    }

    /** {@code FROM base-${TARGETARCH}}: one of the stages it may name sets a SHELL, so the shell is not known. */
    private static boolean parentMaySetShell(Dockerfile dockerfile, RunSite site) {
        return PossibleParents.of(dockerfile, site.stage()).stream()
                .anyMatch(s -> s.instructions().stream().anyMatch(i -> i.is("SHELL")));
    }

    /** {@code set -o pipefail}, {@code set -eo pipefail}, {@code set -euxo pipefail}. */
    private static boolean setsPipefail(Command command) {
        if (!command.name().equals("set")) {
            return false;
        }
        List<Word> args = command.arguments();
        for (int i = 0; i + 1 < args.size(); i++) {
            String v = args.get(i).value();
            if (v.startsWith("-") && !v.startsWith("--") && v.indexOf('o') > 0 && args.get(i + 1).value().equals("pipefail")) {
                return true;
            }
        }
        return false;
    }

    /** The {@code |} before {@code reader}, or the reader itself when it cannot be found. */
    private static Range pipeRange(TextDocument document, Command reader) {
        int from = document.offsetAt(reader.range().start());
        String text = document.text();
        for (int i = from - 1; i >= Math.max(0, from - 200); i--) {
            char c = text.charAt(i);
            if (c == '|') {
                return document.rangeOf(i, i + 1);
            }
            if (c != ' ' && c != '\t' && c != '\\' && c != '\r' && c != '\n' && c != '`' && c != '&') {
                break;
            }
        }
        return reader.range();
    }

    /** The chain's own shell when it knows pipefail, else ash on Alpine/BusyBox and bash elsewhere. */
    private static String replacementShell(Dockerfile dockerfile, RunSite site, EffectiveShell shell) {
        if (shell.source() == EffectiveShell.Source.SHELL_INSTRUCTION && PIPEFAIL_SHELLS.contains(shell.executable())) {
            return shell.argv().get(0);
        }
        return ChainBase.isAlpineOrBusybox(dockerfile, site.stage()) ? "/bin/ash" : "/bin/bash";
    }
}
