package dev.plumbline.syntax.yaml;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A scalar: its loaded value, how it is written, and what it resolves to. {@link #range()} covers the
 * value as written (quotes, or a block scalar's header through its last non-blank content line);
 * {@link #content()} maps each character of the value back to the file.
 */
public final class YamlScalar extends BaseNode implements YamlNode {

    private final String value;
    private final ScalarStyle style;
    private final ScalarType type;
    /** Segment offset where snakeyaml's scalar ends: for block scalars after trailing blank lines. */
    final int contentEnd;
    private ScalarContent content; // computed on first use; immutable, so a racy publish is harmless

    YamlScalar(Source source, int fullStart, int start, int end, int contentEnd, String anchor, String tag,
            String value, ScalarStyle style, ScalarType type) {
        super(source, fullStart, start, end, anchor, tag, 1);
        this.contentEnd = Math.max(contentEnd, this.end);
        this.value = value;
        this.style = style;
        this.type = type;
    }

    /** The value as a YAML loader sees it: quotes removed, escapes decoded, lines folded. */
    public String value() {
        return value;
    }

    public ScalarStyle style() {
        return style;
    }

    /** The core-schema type: plain scalars resolve by pattern, quoted and block ones are strings, tags win. */
    public ScalarType type() {
        return type;
    }

    @Override
    public boolean isNull() {
        return type == ScalarType.NULL;
    }

    /** True when nothing is written at all, as in {@code key:} or a bare {@code -}. */
    public boolean isEmpty() {
        return style == ScalarStyle.PLAIN && start == end;
    }

    /** True for a null that is written out: {@code ~}, {@code null}, {@code Null}, {@code NULL}. */
    public boolean isExplicitNull() {
        return isNull() && !isEmpty();
    }

    public boolean isPlain() {
        return style == ScalarStyle.PLAIN;
    }

    /**
     * The source text of the value exactly as written (e.g. {@code 'yes'}, {@code 0755}), so rules can
     * spot YAML 1.1 surprises such as {@code on}, {@code yes} or octal-looking numbers.
     */
    @Override
    public String sourceText() {
        return super.sourceText();
    }

    /** The boolean of a core-schema {@code true}/{@code false} scalar. */
    public Optional<Boolean> asBoolean() {
        return type == ScalarType.BOOL ? Optional.of(value.toLowerCase(Locale.ROOT).equals("true")) : Optional.empty();
    }

    /** The integer of a core-schema int ({@code 42}, {@code -1}, {@code 0o17}, {@code 0x1F}) that fits a long. */
    public Optional<Long> asLong() {
        if (type != ScalarType.INT) {
            return Optional.empty();
        }
        try {
            String v = value.startsWith("+") ? value.substring(1) : value;
            if (v.startsWith("0o")) {
                return Optional.of(Long.parseLong(v.substring(2), 8));
            }
            if (v.startsWith("0x")) {
                return Optional.of(Long.parseLong(v.substring(2), 16));
            }
            return Optional.of(Long.parseLong(v));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Where each character of {@link #value()} comes from in the file: exact for plain, quoted and
     * block scalars that snakeyaml and our re-reading agree on (see {@link ScalarContent#exact()}).
     */
    public ScalarContent content() {
        ScalarContent c = content;
        if (c == null) {
            c = ScalarContentMapper.map(this);
            content = c;
        }
        return c;
    }

    @Override
    public List<YamlNode> children() {
        return List.of();
    }

    @Override
    public String toString() {
        return "YamlScalar[" + range() + " " + style + " " + type + " \"" + value + "\"]";
    }
}
