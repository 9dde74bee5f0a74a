// IntelliJ Platform Gradle Plugin 2.x build of the Plumbline plugin. Not compiled on Plumbline's
// build machines (no JetBrains repositories there); the Maven module around this folder checks
// plugin.xml and the zip layout instead. See ../README.md.

plugins {
    java
    id("org.jetbrains.intellij.platform") version "2.13.1"
}

group = providers.gradleProperty("pluginGroup").get()
version = providers.gradleProperty("pluginVersion").get()

repositories {
    mavenCentral()
    intellijPlatform {
        defaultRepositories()
    }
}

dependencies {
    intellijPlatform {
        intellijIdeaCommunity(providers.gradleProperty("platformVersion"))
        plugin("com.redhat.devtools.lsp4ij", providers.gradleProperty("lsp4ijVersion").get())
        pluginVerifier()
        zipSigner()
    }
    // Nothing else on the plugin class path: LSP4J (and Gson) come from LSP4IJ and the platform.
    // A second LSP4J copy in lib/ breaks LSP4IJ, which is why the server jar goes to server/.
}

java {
    // IntelliJ Platform 2024.2 runs on, and its jars are compiled for, Java 21.
    toolchain {
        languageVersion = JavaLanguageVersion.of(21)
    }
}

intellijPlatform {
    pluginConfiguration {
        version = providers.gradleProperty("pluginVersion")
        ideaVersion {
            sinceBuild = providers.gradleProperty("pluginSinceBuild")
            untilBuild = provider { null }
        }
    }
    pluginVerification {
        ides {
            recommended()
        }
    }
}

// The server jar built by the Maven build at the repository root.
val serverJar = layout.projectDirectory.file(providers.gradleProperty("plumblineServerJar"))

tasks {
    processResources {
        // The template's settings are the plugin's default settings (PlumblineLanguageClient reads them).
        from("../template/plumbline/settings.json") {
            into("plumbline")
        }
    }

    prepareSandbox {
        // Declared as an input so a missing jar fails the build ("does not exist") instead of
        // producing a plugin without its server: run ./mvnw -q -DskipTests package first.
        inputs.file(serverJar)
        // <plugin>/server/plumbline.jar, beside lib/ and never in it.
        from(serverJar) {
            into(pluginName.map { "$it/server" })
            rename { "plumbline.jar" }
        }
    }
}
