package dev.plumbline.syntax.yaml;

/** How a scalar is written. */
public enum ScalarStyle {
    PLAIN,
    SINGLE_QUOTED,
    DOUBLE_QUOTED,
    /** {@code |} block scalar: line breaks kept. */
    LITERAL,
    /** {@code >} block scalar: line breaks folded into spaces. */
    FOLDED;

    public boolean isQuoted() {
        return this == SINGLE_QUOTED || this == DOUBLE_QUOTED;
    }

    public boolean isBlock() {
        return this == LITERAL || this == FOLDED;
    }
}
