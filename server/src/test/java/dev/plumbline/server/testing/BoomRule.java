package dev.plumbline.server.testing;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.text.TextDocument;

/** Throws when the document contains {@code boom}: a broken rule the engine must isolate. */
public final class BoomRule implements Rule<TextDocument> {

    static final RuleMeta META = RuleMeta.of("dockerfile/test-boom", "Always breaks on boom", Severity.ERROR,
            Language.DOCKERFILE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<TextDocument> context) {
        if (context.document().text().contains("boom")) {
            throw new IllegalStateException("boom");
        }
    }
}
