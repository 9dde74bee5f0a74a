package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.FromInstruction;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.TextEdit;
import java.util.Locale;

/** {@code FROM x as y}: the AS keyword's casing differs from its FROM's. */
public final class FromAsCasingRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/from-as-casing", "AS casing differs from FROM",
            Severity.HINT, Language.DOCKERFILE, PeerId.of(PeerId.BUILDKIT, "FromAsCasing"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        for (FromInstruction from : context.model().froms()) {
            if (from.asKeyword().isEmpty()) {
                continue;
            }
            String keyword = from.keyword().text();
            Word as = from.asKeyword().get();
            String wanted;
            if (keyword.equals(keyword.toUpperCase(Locale.ROOT))) {
                wanted = "AS";
            } else if (keyword.equals(keyword.toLowerCase(Locale.ROOT))) {
                wanted = "as";
            } else {
                continue; // a mixed-case FROM is instruction-casing's
            }
            if (!as.text().equals(wanted)) {
                context.report(as.range(), "\"" + as.text() + "\" does not match the casing of \"" + keyword
                        + "\"; write " + wanted).fix("Change to " + wanted, new TextEdit(as.range(), wanted));
            }
        }
    }
}
