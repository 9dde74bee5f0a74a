package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.RunSite;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Mount;
import dev.plumbline.syntax.shell.Command;
import java.util.Map;

/**
 * Commands that make no sense while building an image: interactive tools, process and service
 * control, mounts. Their effect does not survive the RUN, or they need a terminal or a running system.
 */
public final class PointlessCommandRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/pointless-command", "Command that makes no sense in a build",
            Severity.INFORMATION, Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL3001"));

    private static final Map<String, String> WHY = Map.of(
            "ssh", "a build has no one to log in for it",
            "vim", "an editor needs a terminal that a build does not have",
            "shutdown", "a build has no system to shut down",
            "service", "a service started here does not outlive this RUN",
            "ps", "no processes of the container are running during the build",
            "free", "it reports the build host's memory, not the container's",
            "top", "an interactive monitor needs a terminal that a build does not have",
            "kill", "no processes of the container are running during the build",
            "mount", "mounts made here do not outlive this RUN (use RUN --mount)");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        for (RunSite site : RunSite.all(context.model())) {
            context.checkCanceled();
            boolean sshMount = site.run().mounts().stream().map(Mount::type).anyMatch("ssh"::equals);
            for (Command command : site.commands()) {
                String name = command.name();
                String why = WHY.get(name);
                if (why == null || (name.equals("ssh") && sshMount)) {
                    continue;
                }
                context.report(command.nameWord().orElseThrow().range(), "\"" + name + "\" in a RUN: " + why);
            }
        }
    }
}
