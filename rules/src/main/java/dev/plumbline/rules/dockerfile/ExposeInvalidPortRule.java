package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.DockerfileUtilsIds;
import dev.plumbline.rules.dockerfile.support.ExposedPort;
import dev.plumbline.rules.dockerfile.support.Instructions;
import dev.plumbline.rules.dockerfile.support.Templates;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.shell.Word;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** An EXPOSE port outside 1–65535, a backwards range, or a protocol other than tcp, udp and sctp. */
public final class ExposeInvalidPortRule implements Rule<Dockerfile> {

    private static final PeerId DL3011 = PeerId.of(PeerId.HADOLINT, "DL3011");
    private static final PeerId INVALID_PORT = DockerfileUtilsIds.of("INVALID_PORT");
    private static final PeerId INVALID_PROTO = DockerfileUtilsIds.of("INVALID_PROTO");

    static final RuleMeta META = RuleMeta.of("dockerfile/expose-invalid-port", "Invalid EXPOSE port",
            Severity.ERROR, Language.DOCKERFILE, DL3011, INVALID_PORT, INVALID_PROTO);

    static final Set<String> PROTOCOLS = Set.of("tcp", "udp", "sctp");

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
            if (!instruction.is("EXPOSE")) {
                continue;
            }
            for (Word word : instruction.arguments()) {
                ExposedPort port = ExposedPort.of(word);
                if (port.hasVariable()) {
                    continue;
                }
                Optional<String> problem = port.containerProblem();
                if (problem.isPresent()) {
                    boolean number = port.container().chars().allMatch(c -> c >= '0' && c <= '9' || c == '-');
                    RuleContext<Dockerfile>.Report report =
                            context.report(port.containerRange(context.document()), problem.get());
                    if (number) {
                        report.peers(DL3011, INVALID_PORT);
                    } else {
                        report.peers(INVALID_PORT);
                    }
                }
                port.protocol().filter(p -> !PROTOCOLS.contains(p.toLowerCase(Locale.ROOT)))
                        .ifPresent(p -> context.report(port.protocolRange(context.document()), "Unknown protocol \""
                                + p + "\"; EXPOSE accepts tcp, udp and sctp").peers(INVALID_PROTO));
            }
        }
    }
}
