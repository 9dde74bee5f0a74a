package dev.plumbline.intellij;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jetbrains.plugin.structure.base.plugin.PluginCreationFail;
import com.jetbrains.plugin.structure.base.plugin.PluginCreationResult;
import com.jetbrains.plugin.structure.base.plugin.PluginCreationSuccess;
import com.jetbrains.plugin.structure.intellij.plugin.IdePlugin;
import com.jetbrains.plugin.structure.intellij.plugin.IdePluginManager;
import com.jetbrains.plugin.structure.intellij.plugin.OptionalPluginDescriptor;
import com.jetbrains.plugin.structure.intellij.plugin.PluginDependency;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin zip built by this module from the plugin's own files and the packaged server jar,
 * in the layout buildPlugin makes: JetBrains' structure-intellij (the library behind the
 * Marketplace's and verifyPlugin's structure checks) accepts it, and the server jar sits in
 * server/, not lib/.
 */
class PluginZipIT {

    private static final String ROOT = "plumbline-intellij/";

    private final Path zip = Path.of(System.getProperty("plumbline.pluginZip", "missing -Dplumbline.pluginZip"));

    @TempDir
    Path extractions;

    private static PluginCreationResult<IdePlugin> check(Path zip, Path extractTo) {
        return IdePluginManager.createManager(extractTo).createPlugin(zip);
    }

    @Test
    void structureIntellijAcceptsThePluginAsDescribed() {
        PluginCreationResult<IdePlugin> result = check(zip, extractions);

        if (result instanceof PluginCreationFail<IdePlugin> fail) {
            throw new AssertionError("structure-intellij rejects the plugin: " + fail.getErrorsAndWarnings());
        }
        PluginCreationSuccess<IdePlugin> success = (PluginCreationSuccess<IdePlugin>) result;
        assertEquals(List.of(), success.getUnacceptableWarnings().stream().map(Object::toString).toList());
        assertEquals(List.of(), success.getWarnings().stream().map(Object::toString).toList());

        IdePlugin plugin = success.getPlugin();
        assertEquals("dev.plumbline", plugin.getPluginId());
        assertEquals("Plumbline", plugin.getPluginName());
        assertEquals("0.1.0", plugin.getPluginVersion());
        assertEquals("Plumbline", plugin.getVendor());
        assertEquals(242, plugin.getSinceBuild().getBaselineVersion());
        assertNull(plugin.getUntilBuild(), "no upper bound");
        assertTrue(plugin.getDescription().contains("Dockerfiles"), plugin.getDescription());
    }

    @Test
    void dependenciesAreThePlatformLsp4ijAndOptionallyDocker() {
        IdePlugin plugin = ((PluginCreationSuccess<IdePlugin>) check(zip, extractions)).getPlugin();

        Map<String, Boolean> optionalById = new TreeMap<>();
        for (PluginDependency dependency : plugin.getDependencies()) {
            optionalById.put(dependency.getId(), dependency.isOptional());
        }
        assertEquals(Map.of("com.intellij.modules.platform", false, "com.redhat.devtools.lsp4ij", false, "Docker", true),
                optionalById);

        List<OptionalPluginDescriptor> optional = plugin.getOptionalDescriptors();
        assertEquals(1, optional.size());
        assertEquals("plumbline-docker.xml", optional.get(0).getConfigurationFilePath());
        assertTrue(extensionNames(optional.get(0).getOptionalPlugin()).toString().contains("languageMapping"),
                "the Docker descriptor was found in the jar and read");
    }

    @Test
    void theLsp4ijExtensionsAreDeclared() {
        IdePlugin plugin = ((PluginCreationSuccess<IdePlugin>) check(zip, extractions)).getPlugin();

        Map<String, Integer> extensions = extensionNames(plugin);
        assertEquals(1, extensions.get("com.redhat.devtools.lsp4ij.server"), extensions.toString());
        assertEquals(2, extensions.get("com.redhat.devtools.lsp4ij.fileNamePatternMapping"), extensions.toString());
    }

    /** The check must be able to fail, through both of its channels. */
    @Test
    void structureIntellijRejectsABrokenSinceBuildAndWarnsOfAnIntellijId() throws IOException {
        String descriptor = entryText(libJarEntries(), "META-INF/plugin.xml");
        Path brokenBuild = extractions.resolve("broken-build.zip");
        writePluginZip(brokenBuild, Map.of("META-INF/plugin.xml",
                descriptor.replace("since-build=\"242\"", "since-build=\"not-a-build\"").getBytes(StandardCharsets.UTF_8)));
        Path intellijId = extractions.resolve("intellij-id.zip");
        writePluginZip(intellijId, Map.of("META-INF/plugin.xml",
                descriptor.replace("<id>dev.plumbline</id>", "<id>dev.plumbline.intellij</id>").getBytes(StandardCharsets.UTF_8)));

        assertInstanceOf(PluginCreationFail.class, check(brokenBuild, extractions.resolve("broken-build")));
        PluginCreationResult<IdePlugin> warned = check(intellijId, extractions.resolve("intellij-id"));
        assertInstanceOf(PluginCreationSuccess.class, warned);
        assertFalse(((PluginCreationSuccess<IdePlugin>) warned).getWarnings().isEmpty());
    }

    @Test
    void theServerJarIsInServerAndOnlyThePluginJarIsInLib() throws IOException {
        List<String> files = zipEntries(zip).keySet().stream().filter(name -> !name.endsWith("/")).sorted().toList();

        assertEquals(List.of(ROOT + "lib/plumbline-intellij-" + projectVersion() + ".jar", ROOT + "server/plumbline.jar"),
                files);
    }

    @Test
    void thePluginJarHoldsTheDescriptorsAndTheTemplateSettingsButNoLsp4j() throws IOException {
        Map<String, byte[]> lib = libJarEntries();

        assertTrue(lib.containsKey("META-INF/plugin.xml"));
        assertTrue(lib.containsKey("META-INF/plumbline-docker.xml"));
        assertArrayEquals(Files.readAllBytes(ClientFiles.template().resolve("settings.json")), lib.get("plumbline/settings.json"));
        assertFalse(lib.keySet().stream().anyMatch(name -> name.startsWith("org/eclipse/lsp4j/")), "LSP4J comes from LSP4IJ");
    }

    @Test
    void theServerJarIsTheRunnableServerWithItsOwnLsp4j() throws IOException {
        byte[] server = zipEntries(zip).get(ROOT + "server/plumbline.jar");
        try (JarInputStream jar = new JarInputStream(new java.io.ByteArrayInputStream(server))) {
            Manifest manifest = jar.getManifest();
            assertEquals("dev.plumbline.server.Main", manifest.getMainAttributes().getValue("Main-Class"));
            boolean lsp4j = false;
            for (ZipEntry entry = jar.getNextEntry(); entry != null; entry = jar.getNextEntry()) {
                lsp4j |= entry.getName().startsWith("org/eclipse/lsp4j/");
            }
            assertTrue(lsp4j, "the shaded jar carries LSP4J: the reason it must stay out of lib/");
        }
        assertArrayEquals(Files.readAllBytes(Path.of(System.getProperty("plumbline.jar"))), server, "the jar the build made");
    }

    private static Map<String, Integer> extensionNames(IdePlugin plugin) {
        Map<String, Integer> names = new TreeMap<>();
        plugin.getExtensions().forEach((point, elements) -> names.put(point, elements.size()));
        return names;
    }

    private static String projectVersion() {
        String name = Path.of(System.getProperty("plumbline.pluginZip")).getFileName().toString();
        return name.substring("plumbline-intellij-".length(), name.length() - "-layout.zip".length());
    }

    private Map<String, byte[]> libJarEntries() throws IOException {
        byte[] jar = zipEntries(zip).entrySet().stream()
                .filter(e -> e.getKey().startsWith(ROOT + "lib/") && e.getKey().endsWith(".jar"))
                .findFirst().orElseThrow().getValue();
        return zipEntries(new java.io.ByteArrayInputStream(jar));
    }

    private static String entryText(Map<String, byte[]> entries, String name) {
        return new String(entries.get(name), StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> zipEntries(Path zip) throws IOException {
        assertTrue(Files.isRegularFile(zip), "no plugin zip at " + zip);
        try (InputStream in = Files.newInputStream(zip)) {
            return zipEntries(in);
        }
    }

    private static Map<String, byte[]> zipEntries(InputStream in) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    /** A plugin zip in the same layout holding one jar with {@code files}. */
    private static void writePluginZip(Path target, Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(jar)) {
            write(out, files);
        }
        try (OutputStream file = Files.newOutputStream(target); ZipOutputStream out = new ZipOutputStream(file)) {
            write(out, Map.of(ROOT + "lib/plugin.jar", jar.toByteArray()));
        }
    }

    private static void write(ZipOutputStream out, Map<String, byte[]> files) throws IOException {
        List<String> names = new ArrayList<>(files.keySet());
        names.sort(null);
        for (String name : names) {
            out.putNextEntry(new ZipEntry(name));
            out.write(files.get(name));
            out.closeEntry();
        }
    }
}
