package dev.plumbline.engine;

import dev.plumbline.workspace.FactsExtractor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The explicit list of languages and their rules. Fails fast on a duplicate id or a rule filed under
 * the wrong language.
 */
public final class RuleRegistry {

    /** A language's support and its rules, typed together. */
    public record Binding<T>(LanguageSupport<T> support, List<Rule<T>> rules) {
        public Binding {
            rules = List.copyOf(rules);
        }
    }

    private final Map<Language, Binding<?>> bindings;
    private final Map<String, RuleMeta> metas;
    private final List<FactsExtractor<?>> extractors;

    private RuleRegistry(Map<Language, Binding<?>> bindings, Map<String, RuleMeta> metas,
            List<FactsExtractor<?>> extractors) {
        this.bindings = bindings;
        this.metas = metas;
        this.extractors = List.copyOf(extractors);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<Binding<?>> binding(Language language) {
        return Optional.ofNullable(bindings.get(language));
    }

    public Optional<RuleMeta> meta(String id) {
        return Optional.ofNullable(metas.get(id));
    }

    /** What the workspace index takes from each file for this registry's cross-file rules. */
    public List<FactsExtractor<?>> factsExtractors() {
        return extractors;
    }

    /** Every rule and engine finding id, sorted by id. */
    public Collection<RuleMeta> metas() {
        return metas.values();
    }

    /**
     * What a configuration key or suppression id names: a rule id, a bare slug (resolved in
     * {@code domain} when given), or a peer id. Empty when it names nothing we know.
     */
    public List<RuleMeta> resolve(String key, Language domain) {
        RuleMeta exact = metas.get(key);
        if (exact != null) {
            return List.of(exact);
        }
        List<RuleMeta> found = new ArrayList<>();
        for (RuleMeta meta : metas.values()) {
            boolean inDomain = domain == null || meta.language() == domain;
            if (inDomain && (meta.slug().equals(key) || meta.aliases().stream().anyMatch(a -> a.id().equals(key)))) {
                found.add(meta);
            }
        }
        return found;
    }

    public static final class Builder {
        private final Map<Language, Binding<?>> bindings = new EnumMap<>(Language.class);
        private final Map<String, RuleMeta> metas = new TreeMap<>();
        private final List<FactsExtractor<?>> extractors = new ArrayList<>();

        public <T> Builder language(LanguageSupport<T> support, List<Rule<T>> rules) {
            if (bindings.containsKey(support.language())) {
                throw new IllegalStateException("language registered twice: " + support.language());
            }
            for (Rule<T> rule : rules) {
                if (rule.meta().language() != support.language()) {
                    throw new IllegalStateException(rule.meta().id() + " is filed under " + support.language());
                }
                add(rule.meta());
            }
            List<Rule<T>> sorted = new ArrayList<>(rules);
            sorted.sort(Comparator.comparing(r -> r.meta().id()));
            bindings.put(support.language(), new Binding<>(support, sorted));
            return this;
        }

        /** Facts the workspace index keeps for cross-file rules. */
        public Builder factsExtractor(FactsExtractor<?> extractor) {
            if (extractors.stream().anyMatch(e -> e.type() == extractor.type())) {
                throw new IllegalStateException("two extractors of " + extractor.type().getName());
            }
            extractors.add(extractor);
            return this;
        }

        /** An id the engine reports itself, outside any rule. */
        public Builder engineFinding(RuleMeta meta) {
            add(meta);
            return this;
        }

        private void add(RuleMeta meta) {
            if (metas.putIfAbsent(meta.id(), meta) != null) {
                throw new IllegalStateException("duplicate rule id " + meta.id());
            }
        }

        public RuleRegistry build() {
            return new RuleRegistry(new EnumMap<>(bindings), new TreeMap<>(metas), extractors);
        }
    }
}
