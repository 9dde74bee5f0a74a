package dev.plumbline.config;

import dev.plumbline.engine.Finding;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Suppression;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Effective configuration for one file: per-rule settings keyed by rule id, bare slug or peer id;
 * ignored path globs (relative to the configuration's directory); the suppression switches;
 * options such as {@code gha.actionPinning}; and peer configuration-file suppressions
 * ({@link PeerIgnore}, e.g. zizmor's {@code ignore:} lists).
 */
public final class Config {

    public static final Config DEFAULT = new Config(Map.of(), List.of(), null, null, Map.of());

    private final Map<String, RuleSetting> rules;
    private final List<String> ignore;
    private final List<PathMatcher> ignoreMatchers;
    private final Boolean inlineSuppressions; // null: not set here, default on
    private final Boolean peerSuppressions;
    private final Map<String, Object> options;
    private final List<PeerIgnore> peerIgnores;

    /** {@code null} switches mean "not set here": on by default, and not overriding a lower layer. */
    public Config(Map<String, RuleSetting> rules, List<String> ignore, Boolean inlineSuppressions,
            Boolean peerSuppressions, Map<String, Object> options) {
        this(rules, ignore, inlineSuppressions, peerSuppressions, options, List.of());
    }

    /** As the other constructor, with the suppressions a peer's configuration file lists. */
    public Config(Map<String, RuleSetting> rules, List<String> ignore, Boolean inlineSuppressions,
            Boolean peerSuppressions, Map<String, Object> options, List<PeerIgnore> peerIgnores) {
        this.peerIgnores = List.copyOf(peerIgnores);
        this.rules = Map.copyOf(rules);
        this.ignore = List.copyOf(ignore);
        this.ignoreMatchers = this.ignore.stream().map(Config::globMatcher).toList();
        this.inlineSuppressions = inlineSuppressions;
        this.peerSuppressions = peerSuppressions;
        this.options = Map.copyOf(options);
    }

    /** {@code dir/**} also matches {@code dir/x}, and a glob without a slash matches at any depth. */
    private static PathMatcher globMatcher(String glob) {
        String normalized = glob.startsWith("./") ? glob.substring(2) : glob;
        if (!normalized.contains("/")) {
            normalized = "**/" + normalized;
        }
        PathMatcher primary = FileSystems.getDefault().getPathMatcher("glob:" + normalized);
        PathMatcher withoutLeadingStars = normalized.startsWith("**/")
                ? FileSystems.getDefault().getPathMatcher("glob:" + normalized.substring(3))
                : path -> false;
        return path -> primary.matches(path) || withoutLeadingStars.matches(path);
    }

    public Map<String, RuleSetting> rules() {
        return rules;
    }

    public List<String> ignore() {
        return ignore;
    }

    public boolean inlineSuppressions() {
        return inlineSuppressions == null || inlineSuppressions;
    }

    public boolean peerSuppressions() {
        return peerSuppressions == null || peerSuppressions;
    }

    public Map<String, Object> options() {
        return options;
    }

    /** This configuration without the options whose keys {@code drop} accepts. */
    public Config withoutOptions(Predicate<String> drop) {
        Map<String, Object> kept = new LinkedHashMap<>(options);
        kept.keySet().removeIf(drop);
        return kept.size() == options.size() ? this
                : new Config(rules, ignore, inlineSuppressions, peerSuppressions, kept, peerIgnores);
    }

    public List<PeerIgnore> peerIgnores() {
        return peerIgnores;
    }

    /**
     * The suppressions peer configuration files list for the file at {@code path}; none when
     * {@code suppressions.peers} is false. They are not inline, so {@code suppressions.inline} leaves them be.
     */
    public List<Suppression> peerIgnoresFor(String path) {
        if (!peerSuppressions() || peerIgnores.isEmpty()) {
            return List.of();
        }
        return peerIgnores.stream().filter(p -> p.appliesTo(path)).map(PeerIgnore::suppression).toList();
    }

    /** True when {@code relativePath} (forward slashes, relative to the config's directory) matches an ignore glob. */
    public boolean isIgnored(String relativePath) {
        if (ignoreMatchers.isEmpty() || relativePath == null || relativePath.isEmpty()) {
            return false;
        }
        String normalized = relativePath.replace('\\', '/');
        if (normalized.startsWith("/") || normalized.matches("[A-Za-z]:/.*")) {
            return false; // outside the configuration's folder: its globs do not reach it
        }
        Path path = Path.of(normalized);
        for (PathMatcher matcher : ignoreMatchers) {
            if (matcher.matches(path)) {
                return true;
            }
        }
        // a glob naming a directory ignores everything below it
        for (Path parent = path.getParent(); parent != null; parent = parent.getParent()) {
            for (PathMatcher matcher : ignoreMatchers) {
                if (matcher.matches(parent)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The setting for a rule as a whole (its id or bare slug), used to decide whether it runs at all. */
    public Optional<RuleSetting> settingFor(RuleMeta meta) {
        RuleSetting byId = rules.get(meta.id());
        return Optional.ofNullable(byId != null ? byId : rules.get(meta.slug()));
    }

    /**
     * The setting that applies to one finding: its rule id, else its slug, else a peer id the finding
     * is stamped with (so {@code DL3033: off} never touches an apt finding).
     */
    public Optional<RuleSetting> settingFor(Finding finding) {
        RuleSetting byId = rules.get(finding.ruleId());
        if (byId != null) {
            return Optional.of(byId);
        }
        RuleSetting bySlug = rules.get(finding.ruleId().substring(finding.ruleId().indexOf('/') + 1));
        if (bySlug != null) {
            return Optional.of(bySlug);
        }
        for (PeerId peer : finding.peers()) {
            RuleSetting byPeer = rules.get(peer.id());
            if (byPeer != null) {
                return Optional.of(byPeer);
            }
        }
        return Optional.empty();
    }

    public Optional<String> stringOption(String key) {
        return options.get(key) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /** This configuration with {@code higher}'s settings laid over it (rules and options merge, ignores add up). */
    public Config overriddenBy(Config higher) {
        Map<String, RuleSetting> mergedRules = new LinkedHashMap<>(rules);
        mergedRules.putAll(higher.rules);
        Map<String, Object> mergedOptions = new LinkedHashMap<>(options);
        mergedOptions.putAll(higher.options);
        List<String> mergedIgnore = new ArrayList<>(ignore);
        mergedIgnore.addAll(higher.ignore);
        List<PeerIgnore> mergedPeerIgnores = new ArrayList<>(peerIgnores);
        mergedPeerIgnores.addAll(higher.peerIgnores);
        return new Config(mergedRules, mergedIgnore,
                higher.inlineSuppressions != null ? higher.inlineSuppressions : inlineSuppressions,
                higher.peerSuppressions != null ? higher.peerSuppressions : peerSuppressions,
                mergedOptions, mergedPeerIgnores);
    }

    @Override
    public String toString() {
        return "Config{rules=" + rules + ", ignore=" + ignore + ", inline=" + inlineSuppressions
                + ", peers=" + peerSuppressions + ", options=" + options
                + (peerIgnores.isEmpty() ? "" : ", peerIgnores=" + peerIgnores) + "}";
    }
}
