package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.DockerfileUtilsIds;
import dev.plumbline.rules.dockerfile.support.Instructions;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.shell.MappedText;
import dev.plumbline.text.TextEdit;
import java.util.Optional;
import java.util.Set;

/** CMD, ENTRYPOINT or RUN written as a JSON array with single quotes, which Docker runs in shell form. */
public final class JsonSingleQuotesRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/json-single-quotes", "JSON array with single quotes",
            Severity.WARNING, Language.DOCKERFILE, DockerfileUtilsIds.of("JSON_IN_SINGLE_QUOTES"));

    private static final Set<String> COMMANDS = Set.of("CMD", "ENTRYPOINT", "RUN");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        for (Instruction instruction : Instructions.withTriggers(context.model())) {
            if (!COMMANDS.contains(instruction.name()) || instruction.isExecForm()) {
                continue;
            }
            MappedText args = instruction.argumentText();
            toJson(args.text()).ifPresent(json -> context.report(args.range(), instruction.name()
                            + " is written as a JSON array with single quotes; JSON needs double quotes, so Docker "
                            + "runs this text with a shell instead")
                    .fix("Switch to double quotes", new TextEdit(args.range(), json)));
        }
    }

    /** {@code text} as a JSON array, when it is a list of quoted strings with at least one in single quotes. */
    static Optional<String> toJson(String text) {
        String s = text.strip();
        if (s.length() < 2 || s.charAt(0) != '[' || s.charAt(s.length() - 1) != ']') {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder("[");
        boolean single = false;
        int i = skip(s, 1);
        int end = s.length() - 1;
        while (i < end) {
            char quote = s.charAt(i);
            if (quote != '\'' && quote != '"') {
                return Optional.empty();
            }
            int close = quote == '\'' ? s.indexOf('\'', i + 1) : closingDoubleQuote(s, i + 1);
            if (close < 0 || close >= end) {
                return Optional.empty();
            }
            if (out.length() > 1) {
                out.append(", ");
            }
            if (quote == '\'') {
                single = true;
                out.append('"').append(jsonEscape(s.substring(i + 1, close))).append('"');
            } else {
                out.append(s, i, close + 1);
            }
            i = skip(s, close + 1);
            if (i < end) {
                if (s.charAt(i) != ',') {
                    return Optional.empty();
                }
                i = skip(s, i + 1);
                if (i >= end) {
                    return Optional.empty(); // a trailing comma
                }
            }
        }
        return single ? Optional.of(out.append(']').toString()) : Optional.empty();
    }

    private static int closingDoubleQuote(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == '"') {
                return i;
            }
        }
        return -1;
    }

    private static int skip(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String jsonEscape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
