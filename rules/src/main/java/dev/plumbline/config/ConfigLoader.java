package dev.plumbline.config;

import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads {@code .plumbline.yaml}. A bad value never fails the load: it becomes a {@link ConfigProblem}
 * at its exact place and the default is kept.
 *
 * <pre>
 * rules:                       # rule id, bare slug or peer id: off | error | warning | info | hint
 *   dockerfile/latest-tag: error
 *   DL3042: off
 * ignore: ["vendor/**"]        # path globs relative to this file's folder
 * suppressions: { inline: true, peers: true }
 * gha: { actionPinning: tag }
 * </pre>
 */
public final class ConfigLoader {

    private static final List<String> TOP_LEVEL = List.of("rules", "ignore", "suppressions", "dockerfile", "k8s", "gha");
    private static final int MAX_CONFIG_CHARS = 1024 * 1024;

    private final Predicate<String> knownRuleKey;

    /** @param knownRuleKey says whether a {@code rules:} key names a rule (id, slug or peer id) */
    public ConfigLoader(Predicate<String> knownRuleKey) {
        this.knownRuleKey = knownRuleKey;
    }

    public LoadedConfig load(String text) {
        return new Reading(TextDocument.of("config", text)).read();
    }

    /** One read of one file; collects problems as it goes. */
    private final class Reading {
        private final TextDocument document;
        private final List<ConfigProblem> problems = new ArrayList<>();
        private final Map<String, RuleSetting> rules = new LinkedHashMap<>();
        private final List<String> ignore = new ArrayList<>();
        private final Map<String, Object> options = new LinkedHashMap<>();
        private Boolean inline;
        private Boolean peers;

        Reading(TextDocument document) {
            this.document = document;
        }

        LoadedConfig read() {
            String text = document.text();
            if (text.length() > MAX_CONFIG_CHARS) {
                problem(Range.of(0, 0, 0, 0), "Configuration file is larger than 1 MB and was not read; defaults apply.");
                return new LoadedConfig(Config.DEFAULT, problems);
            }
            Optional<Node> root;
            try {
                LoadSettings settings = LoadSettings.builder()
                        .setMaxAliasesForCollections(10)
                        .setCodePointLimit(MAX_CONFIG_CHARS)
                        .build();
                Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)));
                root = composer.getSingleNode();
            } catch (MarkedYamlEngineException e) {
                Range at = e.getProblemMark().map(this::rangeAt).orElse(Range.of(0, 0, 0, 0));
                problem(at, "Configuration is not valid YAML (" + firstLine(e.getProblem()) + "); defaults apply.");
                return new LoadedConfig(Config.DEFAULT, problems);
            } catch (YamlEngineException e) {
                problem(Range.of(0, 0, 0, 0), "Configuration is not valid YAML (" + firstLine(e.getMessage()) + "); defaults apply.");
                return new LoadedConfig(Config.DEFAULT, problems);
            }
            if (root.isEmpty() || isNull(root.get())) {
                return new LoadedConfig(Config.DEFAULT, problems);
            }
            if (!(root.get() instanceof MappingNode mapping)) {
                problem(range(root.get()), "Configuration must be a mapping of sections ("
                        + String.join(", ", TOP_LEVEL) + "); defaults apply.");
                return new LoadedConfig(Config.DEFAULT, problems);
            }
            for (NodeTuple entry : uniqueEntries(mapping)) {
                String key = scalar(entry.getKeyNode()).orElse("");
                Node value = entry.getValueNode();
                switch (key) {
                    case "rules" -> readRules(value);
                    case "ignore" -> readIgnore(value);
                    case "suppressions" -> readSuppressions(value);
                    case "dockerfile", "k8s", "gha" -> readOptions(key, value);
                    // the section is named after the rule domain; the long name reads naturally too
                    case "kubernetes" -> readOptions("k8s", value);
                    default -> problem(range(entry.getKeyNode()), "Unknown configuration key \"" + key
                            + "\" is ignored; known keys: " + String.join(", ", TOP_LEVEL) + ".");
                }
            }
            return new LoadedConfig(new Config(rules, ignore, inline, peers, options), problems);
        }

        private void readRules(Node value) {
            if (isNull(value)) {
                return;
            }
            if (!(value instanceof MappingNode mapping)) {
                problem(range(value), "\"rules\" must map rule ids to off, error, warning, info or hint; it is ignored.");
                return;
            }
            for (NodeTuple entry : uniqueEntries(mapping)) {
                Optional<String> key = scalar(entry.getKeyNode());
                if (key.isEmpty()) {
                    problem(range(entry.getKeyNode()), "A rule key must be a rule id; this entry is ignored.");
                    continue;
                }
                if (!knownRuleKey.test(key.get())) {
                    problem(range(entry.getKeyNode()), "Unknown rule \"" + key.get() + "\"; this entry is ignored.");
                    continue;
                }
                Optional<RuleSetting> setting = scalar(entry.getValueNode()).flatMap(RuleSetting::parse);
                if (setting.isEmpty()) {
                    problem(range(entry.getValueNode()), "\"" + key.get()
                            + "\" must be off, error, warning, info or hint; its default is kept.");
                    continue;
                }
                rules.put(key.get(), setting.get());
            }
        }

        private void readIgnore(Node value) {
            if (isNull(value)) {
                return;
            }
            List<Node> items = value instanceof SequenceNode sequence ? sequence.getValue() : List.of(value);
            for (Node item : items) {
                Optional<String> glob = scalar(item).filter(s -> !s.isBlank());
                if (glob.isEmpty()) {
                    problem(range(item), "\"ignore\" entries must be path globs such as \"vendor/**\"; this one is skipped.");
                    continue;
                }
                try {
                    java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + glob.get());
                    ignore.add(glob.get());
                } catch (IllegalArgumentException e) {
                    problem(range(item), "\"" + glob.get() + "\" is not a valid glob; it is skipped.");
                }
            }
        }

        private void readSuppressions(Node value) {
            if (isNull(value)) {
                return;
            }
            if (!(value instanceof MappingNode mapping)) {
                problem(range(value), "\"suppressions\" must be a mapping with \"inline\" and \"peers\"; it is ignored.");
                return;
            }
            for (NodeTuple entry : uniqueEntries(mapping)) {
                String key = scalar(entry.getKeyNode()).orElse("");
                Optional<Boolean> flag = scalar(entry.getValueNode()).flatMap(ConfigLoader::bool);
                if (!key.equals("inline") && !key.equals("peers")) {
                    problem(range(entry.getKeyNode()), "Unknown suppressions key \"" + key + "\"; known keys: inline, peers.");
                } else if (flag.isEmpty()) {
                    problem(range(entry.getValueNode()), "\"suppressions." + key + "\" must be true or false; it stays true.");
                } else if (key.equals("inline")) {
                    inline = flag.get();
                } else {
                    peers = flag.get();
                }
            }
        }

        private void readOptions(String section, Node value) {
            if (isNull(value)) {
                return;
            }
            if (!(value instanceof MappingNode mapping)) {
                problem(range(value), "\"" + section + "\" must be a mapping of options; it is ignored.");
                return;
            }
            for (NodeTuple entry : uniqueEntries(mapping)) {
                String name = scalar(entry.getKeyNode()).orElse("");
                String key = section + "." + name;
                Optional<ConfigOption> option = ConfigOption.KNOWN.stream().filter(o -> o.key().equals(key)).findFirst();
                if (option.isEmpty()) {
                    String known = ConfigOption.KNOWN.stream().filter(o -> o.section().equals(section))
                            .map(ConfigOption::name).collect(Collectors.joining(", "));
                    problem(range(entry.getKeyNode()), "Unknown option \"" + key + "\" is ignored"
                            + (known.isEmpty() ? "." : "; known options: " + known + "."));
                } else if (option.get().isList()) {
                    readListOption(key, entry.getValueNode());
                } else if (option.get().isMap()) {
                    readMapOption(key, option.get(), entry.getValueNode());
                } else if (option.get().isNumber()) {
                    readNumberOption(key, option.get(), entry.getValueNode());
                } else {
                    Optional<String> word = scalar(entry.getValueNode()).map(s -> s.trim().toLowerCase(Locale.ROOT));
                    if (word.isPresent() && option.get().allowed().contains(word.get())) {
                        options.put(key, word.get());
                    } else {
                        problem(range(entry.getValueNode()), "\"" + key + "\" must be one of "
                                + String.join(", ", option.get().allowed()) + "; its default is kept.");
                    }
                }
            }
        }

        private void readListOption(String key, Node value) {
            List<Node> items = value instanceof SequenceNode sequence ? sequence.getValue() : List.of(value);
            List<String> values = new ArrayList<>();
            for (Node item : items) {
                Optional<String> text = scalar(item).filter(s -> !s.isBlank());
                if (text.isPresent()) {
                    values.add(text.get());
                } else {
                    problem(range(item), "\"" + key + "\" takes a list of strings; this entry is skipped.");
                }
            }
            options.put(key, List.copyOf(values));
        }

        private void readNumberOption(String key, ConfigOption option, Node value) {
            long min = Long.parseLong(option.allowed().get(0));
            long max = Long.parseLong(option.allowed().get(1));
            Optional<Long> number = scalar(value).map(String::trim).filter(s -> s.matches("[0-9]{1,9}")).map(Long::parseLong);
            if (number.isPresent() && number.get() >= min && number.get() <= max) {
                options.put(key, String.valueOf(number.get()));
            } else {
                problem(range(value), "\"" + key + "\" must be a whole number from " + min + " to " + max
                        + "; its default is kept.");
            }
        }

        private void readMapOption(String key, ConfigOption option, Node value) {
            if (!(value instanceof MappingNode mapping)) {
                problem(range(value), "\"" + key + "\" takes a mapping of names to "
                        + String.join(", ", option.allowed()) + "; it is ignored.");
                return;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (NodeTuple entry : uniqueEntries(mapping)) {
                Optional<String> name = scalar(entry.getKeyNode()).map(String::trim).filter(s -> !s.isEmpty());
                Optional<String> word = scalar(entry.getValueNode()).map(s -> s.trim().toLowerCase(Locale.ROOT));
                if (name.isEmpty()) {
                    problem(range(entry.getKeyNode()), "\"" + key + "\" takes names as keys; this entry is skipped.");
                } else if (word.isEmpty() || !option.allowed().contains(word.get())) {
                    problem(range(entry.getValueNode()), "\"" + key + "." + name.get() + "\" must be one of "
                            + String.join(", ", option.allowed()) + "; this entry is skipped.");
                } else {
                    values.put(name.get(), word.get());
                }
            }
            options.put(key, Collections.unmodifiableMap(values));
        }

        /** The entries of a mapping, reporting every repeated key (the first one wins). */
        private List<NodeTuple> uniqueEntries(MappingNode mapping) {
            Set<String> seen = new HashSet<>();
            List<NodeTuple> unique = new ArrayList<>();
            for (NodeTuple entry : mapping.getValue()) {
                String key = scalar(entry.getKeyNode()).orElse(null);
                if (key != null && !seen.add(key)) {
                    problem(range(entry.getKeyNode()), "\"" + key + "\" is given twice; the first one is used.");
                } else {
                    unique.add(entry);
                }
            }
            return unique;
        }

        private void problem(Range range, String message) {
            problems.add(new ConfigProblem(range, message));
        }

        private Range range(Node node) {
            Position start = node.getStartMark().map(this::position).orElse(Position.of(0, 0));
            Position end = node.getEndMark().map(this::position).orElse(start);
            return end.isBefore(start) ? Range.empty(start) : new Range(start, end);
        }

        private Range rangeAt(Mark mark) {
            Position at = position(mark);
            int lineEnd = document.lineText(Math.min(at.line(), document.lineCount() - 1)).length();
            return Range.of(at.line(), at.character(), at.line(), Math.max(at.character(), lineEnd));
        }

        /** snakeyaml counts columns in code points; LSP counts UTF-16 code units. */
        private Position position(Mark mark) {
            int line = Math.min(mark.getLine(), document.lineCount() - 1);
            String lineText = document.lineText(line);
            int codePoints = Math.min(mark.getColumn(), lineText.codePointCount(0, lineText.length()));
            return Position.of(line, lineText.offsetByCodePoints(0, codePoints));
        }
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && (s.getValue().isEmpty() || s.getValue().equals("null") || s.getValue().equals("~"))
                && s.isPlain();
    }

    private static Optional<String> scalar(Node node) {
        return node instanceof ScalarNode s ? Optional.of(s.getValue()) : Optional.empty();
    }

    private static Optional<Boolean> bool(String word) {
        return switch (word.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        return message.lines().findFirst().orElse(message).trim();
    }
}
