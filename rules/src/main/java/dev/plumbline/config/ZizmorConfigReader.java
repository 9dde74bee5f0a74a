package dev.plumbline.config;

import dev.plumbline.engine.PeerId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads a zizmor configuration ({@code zizmor.yml}) into the layer under {@code .plumbline.yaml}.
 * Under {@code rules.<audit>}: {@code disable: true} → every rule aliased to that audit off;
 * {@code ignore: [file[:line[:column]]]} → {@link PeerIgnore}s (zizmor's findings in that workflow
 * file, on that line, or starting at that line and column); {@code unpinned-uses.config.policies."*"}
 * → {@code gha.actionPinning} ({@code hash-pin} = sha, {@code ref-pin} = tag, {@code any} = the
 * unpinned-uses rules off); {@code forbidden-uses.config.allow|deny} → {@code gha.allowedActions} /
 * {@code gha.deniedActions}; {@code dependabot-cooldown.config.days} → {@code gha.dependabotCooldownDays}.
 * What cannot be read or honoured becomes a {@link ConfigProblem} and the rest still applies.
 */
public final class ZizmorConfigReader {

    /** Where zizmor looks in each folder, in its order. */
    public static final List<String> FILE_NAMES =
            List.of("zizmor.yml", "zizmor.yaml", ".github/zizmor.yml", ".github/zizmor.yaml");
    public static final String ACTION_PINNING = "gha.actionPinning";
    public static final String ALLOWED_ACTIONS = "gha.allowedActions";
    public static final String DENIED_ACTIONS = "gha.deniedActions";
    public static final String COOLDOWN_DAYS = "gha.dependabotCooldownDays";

    /** zizmor's audit names (including those no Plumbline rule answers to: disabling them changes nothing). */
    static final Set<String> AUDITS = Set.of(
            "adhoc-packages", "anonymous-definition", "archived-uses", "artipacked", "bot-conditions",
            "cache-poisoning", "concurrency-limits", "dangerous-triggers", "dependabot-cooldown",
            "dependabot-execution", "excessive-permissions", "forbidden-uses", "github-app", "github-env",
            "hardcoded-container-credentials", "impostor-commit", "insecure-commands", "known-vulnerable-actions",
            "misfeature", "obfuscation", "overprovisioned-secrets", "ref-confusion", "ref-version-mismatch",
            "secrets-inherit", "secrets-outside-env", "self-hosted-runner", "stale-action-refs", "template-injection",
            "typosquat-uses", "undocumented-permissions", "unpinned-images", "unpinned-tools", "unpinned-uses",
            "unredacted-secrets", "unsound-condition", "unsound-contains", "unsound-ternary", "use-trusted-publishing");

    private static final Pattern IGNORE_ENTRY = Pattern.compile("([^:]+?)(?::([0-9]{1,9}))?(?::([0-9]{1,9}))?");

    private ZizmorConfigReader() {
    }

    public static LoadedConfig read(String text) {
        PeerYaml yaml = new PeerYaml("zizmor.yml", text);
        Map<String, RuleSetting> rules = new LinkedHashMap<>();
        Map<String, Object> options = new LinkedHashMap<>();
        List<PeerIgnore> ignores = new ArrayList<>();
        Optional<MappingNode> root = yaml.rootMapping();
        for (NodeTuple entry : root.map(yaml::entries).orElse(List.of())) {
            String key = PeerYaml.scalar(entry.getKeyNode()).orElseThrow();
            if (!key.equals("rules")) {
                yaml.problem(yaml.range(entry.getKeyNode()), "Unknown zizmor.yml key \"" + key
                        + "\" is ignored; Plumbline reads \"rules\".");
                continue;
            }
            for (NodeTuple audit : yaml.mapping(entry.getValueNode(), "rules").map(yaml::entries).orElse(List.of())) {
                readAudit(yaml, audit, rules, options, ignores);
            }
        }
        return new LoadedConfig(new Config(rules, List.of(), null, null, options, ignores), yaml.problems());
    }

    private static void readAudit(PeerYaml yaml, NodeTuple entry, Map<String, RuleSetting> rules,
            Map<String, Object> options, List<PeerIgnore> ignores) {
        String audit = PeerYaml.scalar(entry.getKeyNode()).orElseThrow();
        if (!AUDITS.contains(audit)) {
            yaml.problem(yaml.range(entry.getKeyNode()), "\"" + audit + "\" is not a zizmor audit Plumbline knows; it is ignored.");
            return;
        }
        for (NodeTuple setting : yaml.mapping(entry.getValueNode(), "rules." + audit).map(yaml::entries).orElse(List.of())) {
            String key = PeerYaml.scalar(setting.getKeyNode()).orElseThrow();
            String where = "rules." + audit + "." + key;
            Node value = setting.getValueNode();
            switch (key) {
                case "disable" -> {
                    if (yaml.bool(value, where).orElse(false)) {
                        // the peer id: every rule stamped with it goes, and gha/<audit> where the slugs agree
                        rules.put(audit, RuleSetting.OFF);
                    }
                }
                case "ignore" -> {
                    // item by item, so a bad entry is reported on itself
                    List<Node> items = value instanceof SequenceNode sequence ? sequence.getValue() : List.of(value);
                    for (Node item : items) {
                        for (String text : yaml.strings(item, where)) {
                            Optional<PeerIgnore> ignore = ignoreEntry(audit, text);
                            if (ignore.isPresent()) {
                                ignores.add(ignore.get());
                            } else {
                                yaml.problem(yaml.range(item), "\"" + text + "\" in " + where
                                        + " is not file.yml, file.yml:line or file.yml:line:column; it is skipped.");
                            }
                        }
                    }
                }
                case "config" -> yaml.mapping(value, where).ifPresent(config -> readAuditConfig(yaml, audit, config, rules, options));
                default -> yaml.problem(yaml.range(setting.getKeyNode()), "Unknown key \"" + where
                        + "\" is ignored; known keys: disable, ignore, config.");
            }
        }
    }

    static Optional<PeerIgnore> ignoreEntry(String audit, String item) {
        Matcher matcher = IGNORE_ENTRY.matcher(item);
        if (!matcher.matches() || matcher.group(1).isBlank() || matcher.group(1).contains("/")) {
            return Optional.empty();
        }
        int line = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        int column = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
        if ((matcher.group(2) != null && line < 1) || (matcher.group(3) != null && column < 1)) {
            return Optional.empty();
        }
        return Optional.of(new PeerIgnore(PeerId.ZIZMOR, audit, matcher.group(1).trim(), line, column));
    }

    private static void readAuditConfig(PeerYaml yaml, String audit, MappingNode config, Map<String, RuleSetting> rules,
            Map<String, Object> options) {
        for (NodeTuple entry : yaml.entries(config)) {
            String key = PeerYaml.scalar(entry.getKeyNode()).orElseThrow();
            String where = "rules." + audit + ".config." + key;
            Node value = entry.getValueNode();
            switch (audit + "." + key) {
                case "unpinned-uses.policies" -> yaml.mapping(value, where).ifPresent(p -> readPolicies(yaml, p, rules, options));
                case "forbidden-uses.allow" -> options.put(ALLOWED_ACTIONS, List.copyOf(yaml.strings(value, where)));
                case "forbidden-uses.deny" -> options.put(DENIED_ACTIONS, List.copyOf(yaml.strings(value, where)));
                case "dependabot-cooldown.days" -> {
                    Optional<Long> days = PeerYaml.scalar(value).map(String::trim)
                            .filter(s -> s.matches("[0-9]{1,9}")).map(Long::parseLong);
                    if (days.isPresent() && days.get() >= 1 && days.get() <= 90) {
                        options.put(COOLDOWN_DAYS, String.valueOf(days.get()));
                    } else {
                        yaml.problem(yaml.range(value), "\"" + where
                                + "\" must be a whole number of days from 1 to 90; it is ignored.");
                    }
                }
                default -> yaml.problem(yaml.range(entry.getKeyNode()), "\"" + where
                        + "\" is not a zizmor setting Plumbline reads; it is ignored.");
            }
        }
    }

    /** Only {@code "*"} maps onto {@code gha.actionPinning}; the other patterns are reported, once. */
    private static void readPolicies(PeerYaml yaml, MappingNode policies, Map<String, RuleSetting> rules,
            Map<String, Object> options) {
        List<String> notHonoured = new ArrayList<>();
        NodeTuple firstNotHonoured = null;
        for (NodeTuple entry : yaml.entries(policies)) {
            String pattern = PeerYaml.scalar(entry.getKeyNode()).orElseThrow().trim();
            Optional<String> policy = PeerYaml.scalar(entry.getValueNode()).map(s -> s.trim().toLowerCase(Locale.ROOT))
                    .filter(p -> p.equals("hash-pin") || p.equals("ref-pin") || p.equals("any"));
            if (policy.isEmpty()) {
                yaml.problem(yaml.range(entry.getValueNode()), "The policy for \"" + pattern
                        + "\" must be hash-pin, ref-pin or any; it is ignored.");
            } else if (!pattern.equals("*")) {
                notHonoured.add(pattern);
                firstNotHonoured = firstNotHonoured == null ? entry : firstNotHonoured;
            } else if (policy.get().equals("any")) {
                rules.put("unpinned-uses", RuleSetting.OFF);
            } else {
                options.put(ACTION_PINNING, policy.get().equals("hash-pin") ? "sha" : "tag");
            }
        }
        if (firstNotHonoured != null) {
            yaml.problem(yaml.range(firstNotHonoured.getKeyNode()), "Plumbline applies one pinning policy to every"
                    + " action (the \"*\" entry, as gha.actionPinning); the policies for " + String.join(", ", notHonoured)
                    + " are not honoured.");
        }
    }
}
