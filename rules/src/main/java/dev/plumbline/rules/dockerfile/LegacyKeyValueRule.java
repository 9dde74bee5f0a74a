package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.Instructions;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.KeyValueInstruction;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.TextEdit;
import java.util.Optional;

/** ENV or LABEL in the legacy whitespace form {@code ENV key value}. */
public final class LegacyKeyValueRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/legacy-key-value", "Legacy key value form",
            Severity.INFORMATION, Language.DOCKERFILE, PeerId.of(PeerId.BUILDKIT, "LegacyKeyValueFormat"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        char escape = context.model().escapeChar();
        for (Instruction instruction : Instructions.withTriggers(context.model())) {
            if (!(instruction instanceof KeyValueInstruction kv)) {
                continue;
            }
            for (KeyValueInstruction.Pair pair : kv.pairs()) {
                if (!pair.legacy()) {
                    continue;
                }
                Word key = pair.key();
                Word value = pair.value();
                RuleContext<Dockerfile>.Report report = context.report(key.range(), instruction.name() + " " + key.text()
                        + " <value> is the legacy form, which cannot hold several pairs; write " + key.text() + "=<value>");
                Optional<String> quoted = value.range().start().line() == value.range().end().line()
                        ? doubleQuoted(value.text(), escape) : Optional.empty();
                quoted.ifPresent(q -> report.fix("Rewrite as " + key.text() + "=\"…\"", new TextEdit(
                        context.document().rangeOf(key.endOffset(), value.endOffset()), "=" + q)));
            }
        }
    }

    /**
     * {@code raw} (a legacy value: quotes, escapes and variables as written) as one double-quoted
     * word that Docker reads to the same value; empty when a quote is left open.
     */
    static Optional<String> doubleQuoted(String raw, char escape) {
        StringBuilder out = new StringBuilder("\"");
        int i = 0;
        int n = raw.length();
        while (i < n) {
            char c = raw.charAt(i);
            if (c == escape) {
                if (i + 1 < n) {
                    literal(out, raw.charAt(i + 1), escape);
                }
                i += 2;
            } else if (c == '\'') {
                int close = raw.indexOf('\'', i + 1);
                if (close < 0) {
                    return Optional.empty();
                }
                for (int k = i + 1; k < close; k++) {
                    literal(out, raw.charAt(k), escape);
                }
                i = close + 1;
            } else if (c == '"') {
                int k = i + 1;
                while (k < n && raw.charAt(k) != '"') {
                    if (raw.charAt(k) == escape && k + 1 < n) {
                        out.append(raw.charAt(k));
                        k++;
                    }
                    out.append(raw.charAt(k));
                    k++;
                }
                if (k >= n) {
                    return Optional.empty();
                }
                i = k + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return Optional.of(out.append('"').toString());
    }

    /** Appends {@code c} so that it stays a literal character inside double quotes. */
    private static void literal(StringBuilder out, char c, char escape) {
        if (c == '"' || c == '$' || c == escape) {
            out.append(escape);
        }
        out.append(c);
    }
}
