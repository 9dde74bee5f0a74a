// The IntelliJ plugin for Plumbline. Needs JetBrains' repositories (IntelliJ Platform, Marketplace);
// see ../README.md. The server jar it bundles comes from the Maven build at the repository root.
rootProject.name = "plumbline-intellij"

pluginManagement {
    repositories {
        gradlePluginPortal()
        mavenCentral()
    }
}
