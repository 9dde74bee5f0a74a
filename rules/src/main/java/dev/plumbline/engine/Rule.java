package dev.plumbline.engine;

/**
 * One check over the parsed model {@code T} of one language. Rules are stateless: one instance is
 * shared by every analysis and every thread.
 */
public interface Rule<T> {

    RuleMeta meta();

    /** Reports findings through {@code context}; never throws on odd input (the analyzer isolates it if it does). */
    void check(RuleContext<T> context);
}
