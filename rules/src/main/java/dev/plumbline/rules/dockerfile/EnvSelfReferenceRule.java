package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.VariableRefs;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.KeyValueInstruction;
import dev.plumbline.syntax.dockerfile.OnbuildInstruction;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code ENV A=1 B=$A}: Docker expands every value of one ENV before setting any of them, so B gets
 * A's old value (usually empty), not 1.
 */
public final class EnvSelfReferenceRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/env-self-reference",
            "ENV uses a variable it defines itself", Severity.ERROR, Language.DOCKERFILE,
            PeerId.of(PeerId.HADOLINT, "DL3044"));

    static final String FIX_TITLE = "Split into two ENV instructions";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        Dockerfile dockerfile = context.model();
        TextDocument doc = context.document();
        for (Instruction instruction : dockerfile.instructions()) {
            Instruction effective = instruction instanceof OnbuildInstruction onbuild
                    ? onbuild.trigger().orElse(instruction) : instruction;
            if (!(effective instanceof KeyValueInstruction env) || !env.isEnv()) {
                continue;
            }
            List<KeyValueInstruction.Pair> pairs = env.pairs();
            Set<String> defined = new HashSet<>();
            for (int k = 0; k < pairs.size(); k++) {
                KeyValueInstruction.Pair pair = pairs.get(k);
                boolean reported = false;
                for (VariableRefs.Ref ref : VariableRefs.in(pair.value(), doc, dockerfile.escapeChar())) {
                    if (!defined.contains(ref.name()) || reported) {
                        continue;
                    }
                    reported = true;
                    RuleContext<Dockerfile>.Report report = context.report(ref.range(), "\"$" + ref.name() + "\" in "
                            + pair.key().value() + " expands to the value " + ref.name() + " had before this ENV, not"
                            + " the one this ENV sets; define " + ref.name() + " in an earlier ENV");
                    if (k > 0) {
                        report.fix(FIX_TITLE, split(doc, instruction, effective, pairs.get(k - 1), pair));
                    }
                }
                if (!reassignsItself(pair)) {
                    defined.add(pair.key().value());
                }
            }
        }
    }

    /** {@code HOME=${HOME}}: the old and new value are the same, so later references do not care. */
    private static boolean reassignsItself(KeyValueInstruction.Pair pair) {
        String name = pair.key().value();
        String value = pair.value().value();
        return value.equals("$" + name) || value.equals("${" + name + "}");
    }

    /** Replaces the blank (and continuation) between two pairs with a line break and a new ENV keyword. */
    private static TextEdit split(TextDocument doc, Instruction owner, Instruction env, KeyValueInstruction.Pair before,
            KeyValueInstruction.Pair pair) {
        String keyword = owner == env ? env.keyword().text() : owner.keyword().text() + " " + env.keyword().text();
        Range gap = new Range(before.value().range().end(), pair.key().range().start());
        return new TextEdit(gap, doc.lineSeparator() + keyword + " ");
    }
}
