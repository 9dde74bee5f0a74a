package dev.plumbline.intellij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonParser;
import dev.plumbline.server.settings.ServerSettings;
import dev.plumbline.server.settings.SettingsParser;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin's Java sources compiled against stubs of the IntelliJ and LSP4IJ members they use
 * (src/test/stubs, transcribed from LSP4IJ's sources) and the real Gson, without a warning; then
 * the classes are loaded to check what IntelliJ and LSP4IJ need of them, and the language client's
 * settings logic runs for real.
 */
class FactorySourcesCompileTest {

    @TempDir
    static Path classes;

    private static URLClassLoader loader;

    @BeforeAll
    static void compile() throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<File> sources = new ArrayList<>();
        sources.addAll(javaFiles(ClientFiles.plugin().resolve("src/main/java")));
        sources.addAll(javaFiles(ClientFiles.repo().resolve("intellij-client/src/test/stubs")));
        String gson = jarOf(Gson.class).toString();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "17", "-Xlint:all,-processing", "-Werror",
                    "-classpath", gson, "-d", classes.toString());
            boolean compiled = compiler.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromFiles(sources)).call();
            List<String> messages = diagnostics.getDiagnostics().stream()
                    .map(d -> d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName())
                            + ":" + d.getLineNumber() + " " + d.getMessage(Locale.ROOT))
                    .toList();
            assertTrue(compiled && diagnostics.getDiagnostics().stream().noneMatch(d -> d.getKind() != Diagnostic.Kind.NOTE),
                    String.join("\n", messages));
        }
        // the parent (the test class path) brings Gson and the bundled /plumbline/settings.json of target/classes
        loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, FactorySourcesCompileTest.class.getClassLoader());
    }

    private static Path jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<File> javaFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList();
        }
    }

    private static Object constant(Class<?> type, String name) throws ReflectiveOperationException {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(null);
    }

    private static Class<?> load(String name) throws ClassNotFoundException {
        return Class.forName(name, false, loader);
    }

    @Test
    void theFactoryIsWhatTheServerExtensionPointInstantiates() throws Exception {
        Class<?> factory = load("dev.plumbline.intellij.PlumblineServerFactory");

        assertTrue(load("com.redhat.devtools.lsp4ij.LanguageServerFactory").isAssignableFrom(factory));
        assertTrue(Modifier.isPublic(factory.getModifiers()), "IntelliJ instantiates it by name");
        assertTrue(Modifier.isPublic(factory.getConstructor().getModifiers()), "with a public no-argument constructor");
        Class<?> project = load("com.intellij.openapi.project.Project");
        assertEquals(load("com.redhat.devtools.lsp4ij.server.StreamConnectionProvider"),
                factory.getDeclaredMethod("createConnectionProvider", project).getReturnType());
        assertEquals(load("com.redhat.devtools.lsp4ij.client.LanguageClientImpl"),
                factory.getDeclaredMethod("createLanguageClient", project).getReturnType());
    }

    @Test
    void theServerIsAnOsProcessConnectionToTheBundledJar() throws Exception {
        Class<?> server = load("dev.plumbline.intellij.PlumblineServer");

        assertEquals(load("com.redhat.devtools.lsp4ij.server.OSProcessStreamConnectionProvider"), server.getSuperclass());
        PluginXml descriptor = PluginXml.read(ClientFiles.pluginResources().resolve("META-INF/plugin.xml"));
        assertEquals(descriptor.extensions(PluginDescriptorTest.LSP4IJ, "server").get(0).getAttribute("id"),
                constant(server, "SERVER_ID"), "debug settings are looked up by the server id of plugin.xml");
        assertEquals(descriptor.text("id"), constant(server, "PLUGIN_ID"), "the jar is found through the plugin id");
    }

    @Test
    void theClientAnswersTheSettingsSectionWithTheTemplatesSettings() throws Exception {
        Class<?> clientClass = load("dev.plumbline.intellij.PlumblineLanguageClient");
        // package-private members of classes from another loader: reflection needs to be let in
        Constructor<?> constructor = clientClass.getDeclaredConstructor(load("com.intellij.openapi.project.Project"));
        constructor.setAccessible(true);
        Object client = constructor.newInstance((Object) null);
        Method findSettings = clientClass.getDeclaredMethod("findSettings", String.class);
        findSettings.setAccessible(true);

        Object section = findSettings.invoke(client, SettingsParser.SECTION);

        Map<?, ?> expected = new Gson().fromJson(
                Lsp4ijTemplate.findSettings(Lsp4ijTemplate.read(ClientFiles.template()).settings(), SettingsParser.SECTION),
                Map.class);
        assertEquals(expected, section);
        assertNull(findSettings.invoke(client, "plumbline.debounceMs"), "only objects answer a section, as in LSP4IJ");
        assertNull(findSettings.invoke(client, "yaml"));
        // LSP4J sends it with Gson; the server reads it as its defaults, without a warning
        List<String> warnings = new ArrayList<>();
        ServerSettings parsed = new SettingsParser(key -> true, warnings::add)
                .parse(JsonParser.parseString(new Gson().toJson(section)), ServerSettings.DEFAULTS);
        assertEquals(ServerSettings.DEFAULTS, parsed);
        assertEquals(List.of(), warnings);
    }

    @Test
    void theClientPushesTheSettingsOnceTheServerHasStarted() throws Exception {
        Class<?> clientClass = load("dev.plumbline.intellij.PlumblineLanguageClient");

        Method handler = clientClass.getDeclaredMethod("handleServerStatusChanged", load("com.redhat.devtools.lsp4ij.ServerStatus"));
        assertTrue(Modifier.isPublic(handler.getModifiers()));
        assertTrue(ClientFiles.read(ClientFiles.plugin().resolve("src/main/java/dev/plumbline/intellij/PlumblineLanguageClient.java"))
                .contains("triggerChangeConfiguration()"));
    }
}
