package dev.plumbline.intellij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.LanguageDetector;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The template's file name patterns against the server's own detection: every file of
 * {@code test-workspaces/} that the server analyses reaches it, with a language id that does not
 * change what the server makes of it; files the server ignores and that are not YAML stay away.
 */
class TemplatePatternsTest {

    private final Lsp4ijTemplate template = Lsp4ijTemplate.read(ClientFiles.template());

    record WorkspaceFile(Path path, String text) {
        String name() {
            return path.getFileName().toString();
        }

        Optional<Language> detected(String languageId) {
            return LanguageDetector.detect(path.toString(), languageId, text);
        }
    }

    static List<WorkspaceFile> workspaceFiles() throws IOException {
        List<WorkspaceFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(ClientFiles.testWorkspaces())) {
            for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
                try {
                    files.add(new WorkspaceFile(path, Files.readString(path, StandardCharsets.UTF_8)));
                } catch (MalformedInputException e) {
                    files.add(new WorkspaceFile(path, ""));
                }
            }
        }
        return files;
    }

    @Test
    void everyFileTheServerAnalysesMatchesAPattern() throws IOException {
        List<WorkspaceFile> analysed = workspaceFiles().stream().filter(f -> f.detected("").isPresent()).toList();
        // every kind of file the server checks is in the sample workspace
        assertEquals(List.of(Language.values()).size(),
                analysed.stream().map(f -> f.detected("").get()).distinct().count(),
                "test-workspaces/ should hold a file of every kind");

        List<String> missed = analysed.stream()
                .filter(f -> template.languageIdFor(f.name()).isEmpty())
                .map(f -> ClientFiles.repo().relativize(f.path()).toString())
                .toList();

        assertEquals(List.of(), missed, "analysed by the server, never sent by the template");
    }

    @Test
    void theLanguageIdTheTemplateSendsKeepsTheServersDecision() throws IOException {
        for (WorkspaceFile file : workspaceFiles()) {
            Optional<String> languageId = template.languageIdFor(file.name());
            if (languageId.isPresent()) {
                assertEquals(file.detected(""), file.detected(languageId.get()),
                        file.path() + " sent as " + languageId.get());
            }
        }
    }

    @Test
    void filesTheServerIgnoresAreNotSentUnlessYaml() throws IOException {
        List<String> sent = workspaceFiles().stream()
                .filter(f -> f.detected("").isEmpty())
                .filter(f -> !f.name().endsWith(".yaml") && !f.name().endsWith(".yml"))
                .filter(f -> template.languageIdFor(f.name()).isPresent())
                .map(WorkspaceFile::name)
                .toList();

        assertEquals(List.of(), sent);
        assertTrue(workspaceFiles().stream().anyMatch(f -> f.name().equals("requirements.txt")), "the check has a subject");
    }

    /** The names the README's detection table promises, beyond those in test-workspaces/. */
    @ParameterizedTest
    @ValueSource(strings = {"Dockerfile", "Containerfile", "dockerfile", "api.Dockerfile", "build.containerfile",
            "Dockerfile.dev", "Containerfile.prod", "ci.yml", "release.yaml", "action.yml", "action.yaml",
            ".plumbline.yaml", "deployment.yaml"})
    void namesTheServerDetectsAreSent(String name) {
        assertTrue(template.languageIdFor(name).isPresent(), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "app.py", "package.json", ".dockerignore", "Makefile", "values.yaml.tpl"})
    void otherNamesAreNotSent(String name) {
        assertFalse(template.languageIdFor(name).isPresent(), name);
    }
}
