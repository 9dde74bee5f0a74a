package dev.plumbline.testing;

/**
 * One example for a rule test: a source whose expected finding ranges are marked with {@code «…»}
 * (an empty {@code «»} marks an empty range). {@link #passes} cases must yield no finding.
 */
public record RuleCase(String name, String markedSource) {

    public static RuleCase flags(String name, String markedSource) {
        if (!markedSource.contains("«")) {
            throw new IllegalArgumentException("case '" + name + "' marks no expected finding");
        }
        return new RuleCase(name, markedSource);
    }

    public static RuleCase passes(String name, String source) {
        if (source.contains("«")) {
            throw new IllegalArgumentException("case '" + name + "' is meant to pass but marks a finding");
        }
        return new RuleCase(name, source);
    }

    @Override
    public String toString() {
        return name;
    }
}
