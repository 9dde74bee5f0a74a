package dev.plumbline.intellij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * plugin.xml by the rules of the IntelliJ Platform and of LSP4IJ's extension points (as declared
 * by ServerExtensionPointBean, FileNamePatternMappingExtensionPointBean and
 * LanguageMappingExtensionPointBean), and consistent with the Gradle build and the template.
 */
class PluginDescriptorTest {

    static final String LSP4IJ = "com.redhat.devtools.lsp4ij";

    private final PluginXml plugin = PluginXml.read(ClientFiles.pluginResources().resolve("META-INF/plugin.xml"));

    static Properties gradleProperties() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(ClientFiles.plugin().resolve("gradle.properties"))) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void identityMatchesTheGradleBuild() throws IOException {
        Properties gradle = gradleProperties();

        assertEquals("dev.plumbline", plugin.text("id"));
        // the Marketplace refuses ids with "intellij", "jetbrains" or "plugin" (structure-intellij warns)
        assertFalse(plugin.text("id").matches("(?i).*(intellij|jetbrains|plugin).*"));
        assertEquals("Plumbline", plugin.text("name"));
        assertEquals(gradle.getProperty("pluginVersion"), plugin.text("version"));
        assertFalse(plugin.text("vendor").isEmpty(), "a vendor");
        assertEquals("242", gradle.getProperty("pluginSinceBuild"));
        assertEquals("242", plugin.children("idea-version").get(0).getAttribute("since-build"));
    }

    @Test
    void theDescriptionSaysWhatItDoes() {
        String description = plugin.text("description");

        // the Marketplace wants at least 40 characters of English; ours names the three kinds of file
        assertTrue(description.length() > 200, description);
        for (String word : List.of("Dockerfiles", "Kubernetes", "GitHub Actions", "LSP4IJ", ".plumbline.yaml")) {
            assertTrue(description.contains(word), word);
        }
    }

    @Test
    void dependsOnThePlatformAndLsp4ij() {
        List<String> required = plugin.children("depends").stream()
                .filter(d -> !"true".equals(d.getAttribute("optional")))
                .map(d -> d.getTextContent().trim())
                .toList();

        assertEquals(List.of("com.intellij.modules.platform", LSP4IJ), required);
    }

    @Test
    void theDockerLanguageMappingLoadsOnlyWithTheDockerPlugin() {
        List<Element> optional = plugin.children("depends").stream()
                .filter(d -> "true".equals(d.getAttribute("optional")))
                .toList();
        assertEquals(1, optional.size());
        assertEquals("Docker", optional.get(0).getTextContent().trim());

        Path configFile = ClientFiles.pluginResources().resolve("META-INF").resolve(optional.get(0).getAttribute("config-file"));
        List<Element> mappings = PluginXml.read(configFile).extensions(LSP4IJ, "languageMapping");

        assertEquals(1, mappings.size());
        assertEquals("Dockerfile", mappings.get(0).getAttribute("language"));
        assertEquals(server().getAttribute("id"), mappings.get(0).getAttribute("serverId"));
        assertEquals("dockerfile", mappings.get(0).getAttribute("languageId"));
        assertTrue(plugin.extensions(LSP4IJ, "languageMapping").isEmpty(), "not in plugin.xml itself");
    }

    @Test
    void oneServerWithTheAttributesLsp4ijReads() {
        Element server = server();

        assertEquals("plumbline", server.getAttribute("id"));
        assertEquals("Plumbline", server.getAttribute("label"));
        assertFalse(PluginXml.children(server, "description").get(0).getTextContent().isBlank());
        assertEquals("dev.plumbline.intellij.PlumblineServerFactory", server.getAttribute("factoryClass"));
    }

    @Test
    void theFactoryClassHasItsSource() {
        String factory = server().getAttribute("factoryClass");
        Path source = ClientFiles.plugin().resolve("src/main/java").resolve(factory.replace('.', '/') + ".java");

        assertTrue(Files.isRegularFile(source), source.toString());
        assertTrue(ClientFiles.read(source).contains("implements LanguageServerFactory"));
    }

    @Test
    void fileNamePatternsAreTheTemplates() {
        Map<String, List<String>> fromPlugin = new LinkedHashMap<>();
        for (Element mapping : plugin.extensions(LSP4IJ, "fileNamePatternMapping")) {
            assertEquals(server().getAttribute("id"), mapping.getAttribute("serverId"));
            fromPlugin.put(mapping.getAttribute("languageId"), Arrays.asList(mapping.getAttribute("patterns").split(";")));
        }
        Map<String, List<String>> fromTemplate = new LinkedHashMap<>();
        Lsp4ijTemplate.read(ClientFiles.template()).patternMappings()
                .forEach(m -> fromTemplate.put(m.languageId(), m.patterns()));

        assertEquals(fromTemplate, fromPlugin);
    }

    /** The @Attribute names of LSP4IJ's extension point beans, and which are @RequiredElement. */
    record Bean(Set<String> attributes, Set<String> required) {
    }

    static final Map<String, Bean> LSP4IJ_BEANS = Map.of(
            "server", new Bean(Set.of("id", "bundle", "labelKey", "label", "descriptionKey", "icon", "factoryClass",
                    "singleton", "supportsLightEdit", "lastDocumentDisconnectedTimeout"), Set.of("id", "factoryClass")),
            "fileNamePatternMapping", new Bean(Set.of("serverId", "patterns", "languageId", "documentMatcher"),
                    Set.of("serverId", "patterns")),
            "languageMapping", new Bean(Set.of("serverId", "language", "languageId", "documentMatcher"),
                    Set.of("serverId", "language")));

    @Test
    void everyLsp4ijExtensionUsesOnlyAttributesItsBeanReads() {
        Path dockerXml = ClientFiles.pluginResources().resolve("META-INF/plumbline-docker.xml");
        for (PluginXml descriptor : List.of(plugin, PluginXml.read(dockerXml))) {
            for (Element extensions : descriptor.children("extensions")) {
                for (Element extension : PluginXml.children(extensions)) {
                    Bean bean = LSP4IJ_BEANS.get(extension.getTagName());
                    assertTrue(bean != null, "an extension LSP4IJ has no bean for: " + extension.getTagName());
                    Set<String> attributes = new TreeSet<>();
                    for (int i = 0; i < extension.getAttributes().getLength(); i++) {
                        attributes.add(extension.getAttributes().item(i).getNodeName());
                    }
                    assertTrue(bean.attributes().containsAll(attributes), extension.getTagName() + " " + attributes);
                    assertTrue(attributes.containsAll(bean.required()), extension.getTagName() + " " + attributes);
                }
            }
        }
    }

    @Test
    void noExtensionPointOutsideThePlatformAndLsp4ij() {
        for (Element extensions : plugin.children("extensions")) {
            assertEquals(LSP4IJ, extensions.getAttribute("defaultExtensionNs"));
        }
    }

    private Element server() {
        List<Element> servers = plugin.extensions(LSP4IJ, "server");
        assertEquals(1, servers.size());
        return servers.get(0);
    }
}
