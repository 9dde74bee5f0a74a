package dev.plumbline.server.testing;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;

/** Flags the word {@code shout}; fixes: uppercase it (preferred) or delete it. */
public final class ShoutRule implements Rule<TextDocument> {

    public static final String ID = "dockerfile/test-shout";
    static final RuleMeta META = RuleMeta.of(ID, "Shout in capitals", Severity.WARNING, Language.DOCKERFILE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<TextDocument> context) {
        for (Range range : TestLanguage.occurrences(context.document(), "shout")) {
            context.report(range, "Word \"shout\" is not shouted")
                    .fix("Uppercase shout", new TextEdit(range, "SHOUT"))
                    .fix("Delete shout", TextEdit.delete(range));
        }
    }
}
