package dev.plumbline.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.text.TextDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code .hadolint.yaml} as a layer under {@code .plumbline.yaml}. */
class HadolintConfigTest {

    @TempDir
    Path workspace;

    private static final String HADOLINT = """
            ignored:
              - DL3006
              - SC2086
            override:
              error: [DL3007, DL3002]
              warning: [DL3042]
              info: [DL3057]
              style: [DL3029]
            trustedRegistries:
              - docker.io
              - "ghcr.io/acme/*"
            label-schema:
              author: text
              version: semver
            strict-labels: true
            failure-threshold: style
            disable-ignore-pragma: true
            format: json
            """;

    @Test
    void readsEveryKeyIntoOurTerms() {
        Config config = HadolintConfigReader.read(HADOLINT);
        assertEquals(RuleSetting.OFF, config.rules().get("DL3006"));
        assertEquals(RuleSetting.OFF, config.rules().get("SC2086"));
        assertEquals(RuleSetting.severity(Severity.ERROR), config.rules().get("DL3007"));
        assertEquals(RuleSetting.severity(Severity.WARNING), config.rules().get("DL3042"));
        assertEquals(RuleSetting.severity(Severity.INFORMATION), config.rules().get("DL3057"));
        assertEquals(RuleSetting.severity(Severity.HINT), config.rules().get("DL3029"));
        assertEquals(List.of("docker.io", "ghcr.io/acme/*"), config.options().get(HadolintConfigReader.TRUSTED_REGISTRIES));
        assertEquals(Map.of("author", "text", "version", "semver"), config.options().get(HadolintConfigReader.LABEL_SCHEMA));
        assertEquals(true, config.options().get(HadolintConfigReader.STRICT_LABELS));
        assertEquals("hint", config.options().get(HadolintConfigReader.FAILURE_THRESHOLD));
        assertEquals(false, config.options().get(HadolintConfigReader.DOCKERFILE_INLINE_SUPPRESSIONS));
    }

    @Test
    void ignoringWinsOverAnOverride() {
        Config config = HadolintConfigReader.read("override:\n  error: [DL3006]\nignored: [DL3006]\n");
        assertEquals(RuleSetting.OFF, config.rules().get("DL3006"));
    }

    @Test
    void brokenOrOddFilesAreAnEmptyLayer() {
        for (String text : List.of("", "ignored: [unclosed\n", "- a\n- b\n", "ignored: 3\noverride: x\n", "&a [*a]\n")) {
            Config config = HadolintConfigReader.read(text);
            assertTrue(config.rules().isEmpty() && config.options().isEmpty(), text);
        }
    }

    @Test
    void theNearestHadolintFileLiesUnderThePlumblineFile() throws IOException {
        Path project = Files.createDirectories(workspace.resolve("project/sub"));
        Files.writeString(workspace.resolve(".hadolint.yaml"), HADOLINT);
        Files.writeString(workspace.resolve("project/.plumbline.yaml"), "rules:\n  DL3007: warning\n");
        Path dockerfile = Files.writeString(project.resolve("Dockerfile"), "FROM a\n");

        ResolvedConfig resolved = BuiltinRules.configResolver().resolve(dockerfile, workspace);
        Config config = resolved.config();
        assertEquals(RuleSetting.severity(Severity.WARNING), config.rules().get("DL3007"), ".plumbline.yaml wins");
        assertEquals(RuleSetting.OFF, config.rules().get("DL3006"), "hadolint's layer is still there");
        assertEquals(workspace.resolve("project/.plumbline.yaml").toAbsolutePath().normalize(), resolved.configFile().orElseThrow());
        assertEquals("sub/Dockerfile", resolved.analysisPath(dockerfile));
    }

    @Test
    void aHadolintFileAloneApplies() throws IOException {
        Files.writeString(workspace.resolve(".hadolint.yml"), "ignored: [DL3006]\n");
        Path dockerfile = Files.writeString(workspace.resolve("Dockerfile"), "FROM a\n");
        ResolvedConfig resolved = BuiltinRules.configResolver().resolve(dockerfile, workspace);
        assertEquals(RuleSetting.OFF, resolved.config().rules().get("DL3006"));
        assertTrue(resolved.configFile().isEmpty());
    }

    @Test
    void aHadolintFileAboveTheBoundaryDoesNot() throws IOException {
        Files.writeString(workspace.resolve(".hadolint.yaml"), "ignored: [DL3006]\n");
        Path inner = Files.createDirectories(workspace.resolve("ws"));
        Path dockerfile = Files.writeString(inner.resolve("Dockerfile"), "FROM a\n");
        assertTrue(BuiltinRules.configResolver().resolve(dockerfile, inner).config().rules().isEmpty());
    }

    @Test
    void theLayerReachesTheFindings() {
        Config config = HadolintConfigReader.read(HADOLINT);
        String source = "# hadolint ignore=DL3007\nFROM ubuntu:latest\nFROM quay.io/x/y:1\nFROM debian\n";
        List<Finding> findings = new Analyzer(BuiltinRules.registry())
                .analyze(TextDocument.of("file:///w/Dockerfile", source), "Dockerfile", config, Cancellation.NONE).findings();
        List<String> seen = findings.stream()
                .filter(f -> f.ruleId().equals("dockerfile/latest-tag") || f.ruleId().equals("dockerfile/untagged-image")
                        || f.ruleId().equals("dockerfile/untrusted-registry"))
                .map(f -> f.ruleId() + " " + f.severity().configName()).toList();
        // DL3007 raised to error and its pragma ignored (disable-ignore-pragma); DL3006 off; quay.io untrusted
        assertEquals(List.of("dockerfile/latest-tag error", "dockerfile/untrusted-registry warning"), seen);
    }
}
