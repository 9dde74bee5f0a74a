package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.Conditions;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.ScalarStyle;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextEdit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An {@code if:} whose {@code ${{ }}} has other text around it, including the line break a {@code |}
 * or {@code >} block scalar keeps at its end: GitHub then evaluates the whole value as a string, and
 * a non-empty string is true, so the condition always holds.
 */
public final class IfAlwaysTrueRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/if-always-true", "Condition that is always true", Severity.ERROR,
            Language.GITHUB_ACTIONS, PeerId.of(PeerId.ACTIONLINT, "if-cond"), PeerId.of(PeerId.ZIZMOR, "unsound-condition"));

    static final String FIX_TITLE = "Rewrite as a bare expression";

    private static final Pattern JOINER = Pattern.compile("\\s*(&&|\\|\\|)\\s*");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        for (Conditions.Site site : Conditions.of(context.model())) {
            YamlScalar scalar = site.value();
            String value = scalar.value();
            List<Conditions.Span> spans = Conditions.spans(value);
            if (spans == null || spans.isEmpty()) {
                continue;
            }
            if (spans.size() == 1 && spans.get(0).start() == 0 && spans.get(0).end() == value.length()) {
                continue;
            }
            boolean trailingBreak = scalar.style().isBlock() && spans.size() == 1 && spans.get(0).start() == 0
                    && value.substring(spans.get(0).end()).chars().allMatch(c -> c == '\n');
            String message = trailingBreak
                    ? "Condition ends with the line break of a block scalar, so GitHub reads it as a non-empty string:"
                            + " always true. Use \"" + header(scalar).replace("+", "") + "-\" to drop it"
                    : "Condition has text outside ${{ }}, so GitHub reads it as a non-empty string: always true."
                            + " Put the whole condition inside one ${{ }}";
            var report = context.report(scalar.range(), message);
            fix(context, scalar, spans, trailingBreak).ifPresent(edit -> report.fix(FIX_TITLE, edit));
        }
    }

    private static String header(YamlScalar scalar) {
        return scalar.style() == ScalarStyle.LITERAL ? "|" : ">";
    }

    private static Optional<TextEdit> fix(RuleContext<WorkflowFile> context, YamlScalar scalar,
            List<Conditions.Span> spans, boolean trailingBreak) {
        if (trailingBreak) {
            Position start = scalar.range().start();
            String line = context.document().lineText(start.line());
            int end = start.character() + 1;
            while (end < line.length() && "+-0123456789".indexOf(line.charAt(end)) >= 0) {
                end++;
            }
            String indicators = line.substring(start.character() + 1, end).replace("+", "").replace("-", "");
            return Optional.of(new TextEdit(new Range(start, new Position(start.line(), end)),
                    header(scalar) + "-" + indicators));
        }
        String value = scalar.value();
        if (scalar.style().isBlock() || !scalar.content().exact()) {
            return Optional.empty();
        }
        if (!value.substring(0, spans.get(0).start()).isBlank()
                || !value.substring(spans.get(spans.size() - 1).end()).isBlank()) {
            return Optional.empty();
        }
        StringBuilder joined = new StringBuilder("${{ ");
        for (int i = 0; i < spans.size(); i++) {
            Conditions.Span span = spans.get(i);
            String inner = value.substring(span.start() + 3, span.end() - 2).trim();
            if (i > 0) {
                var between = JOINER.matcher(value.substring(spans.get(i - 1).end(), span.start()));
                if (!between.matches()) {
                    return Optional.empty();
                }
                joined.append(' ').append(between.group(1)).append(' ');
            }
            joined.append(spans.size() > 1 ? "(" + inner + ")" : inner);
        }
        joined.append(" }}");
        String text = joined.toString();
        boolean plainSafe = !text.contains(": ") && !text.contains(" #") && scalar.isPlain();
        String written = plainSafe ? text : "'" + text.replace("'", "''") + "'";
        return Optional.of(new TextEdit(scalar.range(), written));
    }
}
