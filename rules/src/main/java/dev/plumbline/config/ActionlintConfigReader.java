package dev.plumbline.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * Reads an actionlint configuration ({@code .github/actionlint.yaml}) into the layer under
 * {@code .plumbline.yaml}: {@code self-hosted-runner.labels} → {@code gha.runnerLabels}.
 * {@code config-variables} is accepted and changes nothing, as no rule checks {@code vars} names;
 * {@code paths.<glob>.ignore} is not honoured (its regular expressions match actionlint's messages,
 * not ours), which is reported once. Other keys and malformed values become {@link ConfigProblem}s.
 */
public final class ActionlintConfigReader {

    /** Where actionlint looks, relative to the repository root. */
    public static final List<String> FILE_NAMES = List.of(".github/actionlint.yaml", ".github/actionlint.yml");
    public static final String RUNNER_LABELS = "gha.runnerLabels";

    private ActionlintConfigReader() {
    }

    public static LoadedConfig read(String text) {
        PeerYaml yaml = new PeerYaml("actionlint.yaml", text);
        Map<String, Object> options = new LinkedHashMap<>();
        Optional<MappingNode> root = yaml.rootMapping();
        for (NodeTuple entry : root.map(yaml::entries).orElse(List.of())) {
            String key = PeerYaml.scalar(entry.getKeyNode()).orElseThrow();
            switch (key) {
                case "self-hosted-runner" -> yaml.mapping(entry.getValueNode(), key).ifPresent(runner -> {
                    for (NodeTuple item : yaml.entries(runner)) {
                        String name = PeerYaml.scalar(item.getKeyNode()).orElseThrow();
                        if (name.equals("labels")) {
                            options.put(RUNNER_LABELS, List.copyOf(yaml.strings(item.getValueNode(), key + ".labels")));
                        } else {
                            yaml.problem(yaml.range(item.getKeyNode()), "Unknown key \"" + key + "." + name
                                    + "\" is ignored; known keys: labels.");
                        }
                    }
                });
                // no rule checks vars names yet: read for its shape only
                case "config-variables" -> yaml.strings(entry.getValueNode(), key);
                case "paths" -> {
                    if (!PeerYaml.isNull(entry.getValueNode())) {
                        yaml.problem(yaml.range(entry.getKeyNode()), "\"paths\" is not honoured: its ignore patterns"
                                + " match actionlint's messages, which differ from Plumbline's. Use .plumbline.yaml"
                                + " rules or inline suppressions instead.");
                    }
                }
                default -> yaml.problem(yaml.range(entry.getKeyNode()), "Unknown actionlint.yaml key \"" + key
                        + "\" is ignored; known keys: self-hosted-runner, config-variables, paths.");
            }
        }
        return new LoadedConfig(new Config(Map.of(), List.of(), null, null, options), yaml.problems());
    }
}
