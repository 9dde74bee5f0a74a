package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.DockerfileUtilsIds;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.text.TextEdit;
import java.util.Locale;

/** MAINTAINER, deprecated in favour of the {@code org.opencontainers.image.authors} label. */
public final class MaintainerDeprecatedRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/maintainer-deprecated", "MAINTAINER is deprecated",
            Severity.WARNING, Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL4000"),
            PeerId.of(PeerId.BUILDKIT, "MaintainerDeprecated"), DockerfileUtilsIds.of("DEPRECATED_MAINTAINER"));

    static final String LABEL = "org.opencontainers.image.authors";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        char escape = context.model().escapeChar();
        for (Instruction instruction : context.model().instructions()) {
            if (!instruction.is("MAINTAINER")) {
                continue;
            }
            RuleContext<Dockerfile>.Report report = context.report(instruction.keyword().range(),
                    "MAINTAINER is deprecated; record the author with LABEL " + LABEL + "=\"…\"");
            String author = instruction.argumentText().text();
            if (author.isEmpty() || instruction.startLine() != instruction.endLine()) {
                continue;
            }
            String keyword = instruction.keyword().text();
            String label = keyword.equals(keyword.toLowerCase(Locale.ROOT)) ? "label" : "LABEL";
            int start = instruction.startOffset();
            int end = instruction.argumentText().endOffset();
            report.fix("Replace with LABEL " + LABEL, new TextEdit(context.document().rangeOf(start, end),
                    label + " " + LABEL + "=" + quoted(author, escape)));
        }
    }

    /** MAINTAINER takes its text literally; keep a value that is already one double-quoted string. */
    private static String quoted(String author, char escape) {
        if (author.length() >= 2 && author.startsWith("\"") && author.endsWith("\"")
                && author.indexOf('"', 1) == author.length() - 1 && author.indexOf(escape) < 0) {
            return author;
        }
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < author.length(); i++) {
            char c = author.charAt(i);
            if (c == '"' || c == '$' || c == escape) {
                out.append(escape);
            }
            out.append(c);
        }
        return out.append('"').toString();
    }
}
