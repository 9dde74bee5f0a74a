package dev.plumbline.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.testing.MarkedSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code .github/actionlint.yaml} read into our terms. */
class ActionlintConfigReaderTest {

    @Test
    void runnerLabelsBecomeKnownLabelsAndConfigVariablesAreAccepted() {
        LoadedConfig loaded = ActionlintConfigReader.read("""
                self-hosted-runner:
                  labels:
                    - linux-arm64-large
                    - "gpu-*"
                config-variables:
                  - DEPLOY_TARGET
                  - REGION
                """);
        assertEquals(List.of(), loaded.problems());
        assertEquals(Map.of("gha.runnerLabels", List.of("linux-arm64-large", "gpu-*")), loaded.config().options());
        assertTrue(loaded.config().rules().isEmpty());
    }

    @Test
    void pathsAreReportedOnceAsNotHonoured() {
        MarkedSource source = MarkedSource.parse("""
                «paths»:
                  .github/workflows/**/*.yml:
                    ignore: ['shellcheck reported issue']
                  .github/workflows/release.yml:
                    ignore: ['.+']
                self-hosted-runner:
                  labels: [big]
                """);
        LoadedConfig loaded = ActionlintConfigReader.read(source.text());
        assertEquals(source.ranges(), loaded.problems().stream().map(ConfigProblem::range).toList());
        assertTrue(loaded.problems().get(0).message().startsWith("\"paths\" is not honoured"));
        assertEquals(List.of("big"), loaded.config().options().get("gha.runnerLabels"));
    }

    @Test
    void unknownKeysAndWrongTypesAreReportedAndTheRestApplies() {
        MarkedSource source = MarkedSource.parse("""
                «shellcheck»: off
                self-hosted-runner:
                  «names»: [a]
                  labels: [ok, «{bad: 1}»]
                config-variables: «{A: 1}»
                """);
        LoadedConfig loaded = ActionlintConfigReader.read(source.text());
        assertEquals(source.ranges(), loaded.problems().stream().map(ConfigProblem::range).toList(),
                loaded.problems().toString());
        assertEquals(List.of("ok"), loaded.config().options().get("gha.runnerLabels"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"self-hosted-runner: [unclosed\n", "- labels\n", "\0\1\2 binary\uffff", "self-hosted-runner: 3\n"})
    void garbageIsOneProblemAndAnEmptyLayer(String text) {
        LoadedConfig loaded = ActionlintConfigReader.read(text);
        assertEquals(1, loaded.problems().size(), () -> text + " " + loaded.problems());
        assertTrue(loaded.config().options().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "# nothing\n", "self-hosted-runner:\n", "paths:\n"})
    void emptyFilesAreFine(String text) {
        LoadedConfig loaded = ActionlintConfigReader.read(text);
        assertEquals(List.of(), loaded.problems());
        assertTrue(loaded.config().options().isEmpty());
    }
}
