package dev.plumbline.intellij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.intellij.Lsp4ijTemplate.LanguageMapping;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The template folder has every file LSP4IJ reads, in the shapes LSP4IJ expects. */
class TemplateShapeTest {

    private final Lsp4ijTemplate template = Lsp4ijTemplate.read(ClientFiles.template());

    @Test
    void lsp4ijReadsTheTemplateWithoutAProblem() {
        assertEquals(List.of(), template.problems());
        assertEquals("plumbline", template.id());
        assertEquals("Plumbline", template.name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "windows", "mac", "unix"})
    void everyOsRunsTheJarWithJava(String os) {
        List<String> command = Lsp4ijTemplate.commands(template.programArgs().get(os));

        assertEquals(3, command.size(), command.toString());
        assertEquals("java", command.get(0));
        assertEquals("-jar", command.get(1));
        assertTrue(command.get(2).endsWith("/.plumbline/plumbline.jar"), command.get(2));
        assertTrue(command.get(2).startsWith("$USER_HOME$"), "the IDE's home-folder macro: " + command.get(2));
    }

    @Test
    void theDockerfileLanguageMapsToTheDockerfileLanguageId() {
        assertEquals(List.of(new LanguageMapping("Dockerfile", "dockerfile")), template.languageMappings());
    }

    @Test
    void patternMappingsUseLanguageIdsTheServerKnows() {
        assertEquals(List.of("dockerfile", "yaml"),
                template.patternMappings().stream().map(Lsp4ijTemplate.PatternMapping::languageId).toList());
    }

    @Test
    void theReadmeSaysHowToGetAndPointAtTheJar() {
        String readme = template.description();

        assertTrue(readme.contains("./mvnw -q -DskipTests package"), readme);
        assertTrue(readme.contains("~/.plumbline/plumbline.jar"), readme);
        assertTrue(readme.contains(template.programArgs().get("default")), "the README shows the command it ships");
    }

    @Test
    void initializationOptionsAreAnObject() {
        assertTrue(template.initializationOptions().isJsonObject());
    }

    // The reader itself must be able to fail, or the tests above prove nothing.

    @Test
    void aProgramArgsStringIsAProblem() {
        Lsp4ijTemplate broken = Lsp4ijTemplate.parseTemplateJson("""
                {"id": "x", "name": "X", "programArgs": "java -jar x.jar"}""");

        assertTrue(broken.problems().stream().anyMatch(p -> p.contains("programArgs")), broken.problems().toString());
    }

    @Test
    void programArgsWithoutDefaultIsAProblem() {
        Lsp4ijTemplate broken = Lsp4ijTemplate.parseTemplateJson("""
                {"id": "x", "name": "X", "programArgs": {"unix": "java -jar x.jar"}}""");

        assertTrue(broken.problems().stream().anyMatch(p -> p.contains("default")), broken.problems().toString());
    }

    @Test
    void aMappingWithoutFileTypeOrLanguageIdIsAProblem() {
        Lsp4ijTemplate broken = Lsp4ijTemplate.parseTemplateJson("""
                {"id": "x", "name": "X", "programArgs": {"default": "x"},
                 "fileTypeMappings": [{"patterns": ["*.yaml"], "languageId": "yaml"},
                                      {"fileType": {"patterns": ["*.yml"]}}]}""");

        assertEquals(2, broken.problems().size(), broken.problems().toString());
    }

    @Test
    void aMissingNameIsAProblem() {
        Lsp4ijTemplate broken = Lsp4ijTemplate.parseTemplateJson("""
                {"id": "x", "programArgs": {"default": "x"}}""");

        assertFalse(broken.problems().isEmpty());
    }

    @ParameterizedTest
    @CsvSource({
            "java -jar \"/a b/plumbline.jar\", java|-jar|/a b/plumbline.jar",
            "java  -jar x.jar --stdio, java|-jar|x.jar|--stdio",
            "\"C:/Program Files/Java/bin/java.exe\" -jar x.jar, C:/Program Files/Java/bin/java.exe|-jar|x.jar"})
    void commandLinesSplitAsLsp4ijSplitsThem(String commandLine, String expected) {
        assertEquals(List.of(expected.split("\\|")), Lsp4ijTemplate.commands(commandLine));
    }

    @ParameterizedTest
    @CsvSource({
            "*.yaml, deploy.yaml, true",
            "*.yaml, deploy.yml, false",
            "*.yaml, .plumbline.yaml, true",
            "Dockerfile, Dockerfile, true",
            "Dockerfile, Dockerfile.dev, false",
            "Dockerfile.*, Dockerfile.dev, true",
            "Dockerfile.*, Dockerfile, false",
            "*.Dockerfile, api.Dockerfile, true",
            "*.Dockerfile, api.dockerfile, false",
            "?.yml, a.yml, true",
            "?.yml, ab.yml, false"})
    void fileNamePatterns(String pattern, String fileName, boolean matches) {
        assertEquals(matches, FileNamePattern.matches(pattern, fileName));
    }
}
