package dev.plumbline.intellij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What can be checked of the Gradle build without Gradle: every version pinned, Gradle 9, the
 * server jar beside lib/, the settings shared with the template, nothing of this machine.
 */
class GradleBuildTest {

    private static final Pattern EXACT_VERSION = Pattern.compile("\\d+(\\.\\d+)+");

    private final String build = ClientFiles.read(ClientFiles.plugin().resolve("build.gradle.kts"));

    @Test
    void theWrapperPinsAGradle9Release() throws IOException {
        Properties wrapper = new Properties();
        try (var reader = Files.newBufferedReader(ClientFiles.plugin().resolve("gradle/wrapper/gradle-wrapper.properties"))) {
            wrapper.load(reader);
        }

        assertTrue(wrapper.getProperty("distributionUrl").matches(".*/gradle-9\\.\\d+(\\.\\d+)?-bin\\.zip"),
                wrapper.getProperty("distributionUrl"));
    }

    @Test
    void theIntellijPlatformGradlePluginIsA2xReleasePinnedExactly() {
        Matcher plugin = Pattern.compile("id\\(\"org\\.jetbrains\\.intellij\\.platform\"\\) version \"([^\"]+)\"").matcher(build);

        assertTrue(plugin.find(), "plugin declaration");
        assertTrue(plugin.group(1).startsWith("2.") && EXACT_VERSION.matcher(plugin.group(1)).matches(), plugin.group(1));
    }

    @Test
    void platformAndLsp4ijVersionsArePinnedExactly() throws IOException {
        Properties gradle = PluginDescriptorTest.gradleProperties();

        for (String key : List.of("platformVersion", "lsp4ijVersion", "pluginVersion")) {
            assertTrue(EXACT_VERSION.matcher(gradle.getProperty(key, "")).matches(), key + "=" + gradle.getProperty(key));
        }
        assertTrue(gradle.getProperty("platformVersion").startsWith("2024.2"), "compiled against the oldest supported line");
        assertTrue(build.contains("plugin(\"com.redhat.devtools.lsp4ij\""), "LSP4IJ from the Marketplace");
    }

    @Test
    void theServerJarGoesBesideLibAndLsp4jIsNotBundled() {
        assertTrue(build.contains("prepareSandbox"));
        assertTrue(build.contains("into(pluginName.map { \"$it/server\" })"), "server/ inside the plugin folder");
        assertTrue(build.contains("rename { \"plumbline.jar\" }"));
        assertFalse(build.contains("implementation("), "no library on the plugin class path (LSP4J comes from LSP4IJ)");
    }

    @Test
    void theTemplateSettingsAreThePluginsDefaults() {
        assertTrue(build.contains("from(\"../template/plumbline/settings.json\")"));
        String client = ClientFiles.read(ClientFiles.plugin()
                .resolve("src/main/java/dev/plumbline/intellij/PlumblineLanguageClient.java"));
        assertTrue(client.contains("\"/plumbline/settings.json\""));
    }

    /** The shipped files only (this test's own pattern would match itself). */
    @Test
    void noPathOfAMachineInTheClient() throws IOException {
        Pattern machinePath = Pattern.compile("(/work/|/root/|/home/[a-z]|/Users/[A-Za-z]|[A-Z]:\\\\Users)");
        Path client = ClientFiles.repo().resolve("intellij-client");
        for (String shipped : List.of("template", "plugin", "src/assembly", "README.md", "pom.xml")) {
            try (Stream<Path> files = Files.walk(client.resolve(shipped))) {
                List<Path> offending = files
                        .filter(Files::isRegularFile)
                        .filter(p -> machinePath.matcher(ClientFiles.read(p)).find())
                        .toList();
                assertEquals(List.of(), offending);
            }
        }
    }
}
