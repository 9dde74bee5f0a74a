package dev.plumbline.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Markdown page of each rule, read from {@code rule-docs/<domain>/<slug>.md} on the class path
 * on first use. Pages explain why the rule matters, what triggers it, how to fix it (before/after)
 * and how to suppress it; hover, SARIF help and the generated reference all show them.
 */
public final class RuleDocs {

    private static final Map<String, Optional<RuleDoc>> CACHE = new ConcurrentHashMap<>();

    private RuleDocs() {
    }

    public static Optional<RuleDoc> forRule(String ruleId) {
        return CACHE.computeIfAbsent(ruleId, RuleDocs::load);
    }

    public static String resourcePath(String ruleId) {
        return "rule-docs/" + ruleId + ".md";
    }

    private static Optional<RuleDoc> load(String ruleId) {
        try (InputStream in = RuleDocs.class.getClassLoader().getResourceAsStream(resourcePath(ruleId))) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(RuleDoc.parse(ruleId, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read docs of " + ruleId, e);
        }
    }
}
