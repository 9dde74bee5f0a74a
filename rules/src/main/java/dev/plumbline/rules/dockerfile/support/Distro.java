package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.ImageRef;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.RunInstruction;
import dev.plumbline.syntax.dockerfile.Stage;
import dev.plumbline.syntax.shell.Command;
import java.util.Locale;
import java.util.Set;

/**
 * The Linux family a stage's image is built on, for fixes that write distribution-specific
 * commands: told by the package manager its chain runs, else by the base image's name and tag.
 */
public enum Distro {
    DEBIAN, ALPINE, UNKNOWN;

    private static final Set<String> DEBIAN_NAMES = Set.of("debian", "ubuntu", "buildpack-deps");
    private static final Set<String> DEBIAN_TAG_WORDS = Set.of("bookworm", "bullseye", "buster", "trixie", "stretch",
            "jammy", "noble", "focal", "bionic");
    /** Official images whose default variant is Debian or Ubuntu based. */
    private static final Set<String> DEBIAN_BY_DEFAULT = Set.of("python", "node", "ruby", "golang", "php", "perl",
            "rust", "openjdk", "eclipse-temurin", "nginx", "httpd", "postgres", "redis", "maven", "gradle");
    private static final Set<String> NOT_LINUX_WORDS = Set.of("windows", "nanoserver", "servercore", "ltsc");

    public static Distro of(Dockerfile dockerfile, Stage stage) {
        boolean apt = false;
        boolean apk = false;
        for (Stage s : dockerfile.stageChain(stage)) {
            for (Instruction instruction : s.instructions()) {
                if (instruction instanceof RunInstruction run) {
                    for (Command command : run.commands()) {
                        apt |= command.name().equals("apt-get") || command.name().equals("apt");
                        apk |= command.name().equals("apk");
                    }
                }
            }
        }
        if (apt != apk) {
            return apt ? DEBIAN : ALPINE;
        }
        return ofImage(dockerfile.stageGraph().rootImage(stage));
    }

    static Distro ofImage(ImageRef image) {
        if (!image.isImage()) {
            return UNKNOWN;
        }
        String repository = image.repository().toLowerCase(Locale.ROOT);
        String name = repository.substring(repository.lastIndexOf('/') + 1);
        String tag = image.tagName().orElse("").toLowerCase(Locale.ROOT);
        if (NOT_LINUX_WORDS.stream().anyMatch(w -> tag.contains(w) || repository.contains(w))) {
            return UNKNOWN;
        }
        if (name.equals("alpine") || tag.contains("alpine")) {
            return ALPINE;
        }
        if (DEBIAN_NAMES.contains(name) || DEBIAN_TAG_WORDS.stream().anyMatch(tag::contains)) {
            return DEBIAN;
        }
        String registry = image.registryName().orElse("docker.io");
        boolean hub = registry.equals("docker.io") || registry.equals("index.docker.io");
        boolean official = hub && (!repository.contains("/") || repository.startsWith("library/"));
        if (official && DEBIAN_BY_DEFAULT.contains(name)) {
            return DEBIAN;
        }
        return UNKNOWN;
    }

    /** True when the stage's image is a Windows one (users and root work differently there). */
    public static boolean isWindows(Dockerfile dockerfile, Stage stage) {
        ImageRef image = dockerfile.stageGraph().rootImage(stage);
        // as resolved, or as written when a variable (e.g. the OS version) has no default
        String whole = (image.isImage() ? image.text()
                : dockerfile.stageGraph().root(stage).from().image().map(w -> w.text()).orElse("")).toLowerCase(Locale.ROOT);
        if (NOT_LINUX_WORDS.stream().anyMatch(whole::contains)) {
            return true;
        }
        return dockerfile.effectiveShell(stage)
                .map(shell -> shell.arguments().isEmpty() ? "" : shell.arguments().get(0).value().toLowerCase(Locale.ROOT))
                .map(first -> first.contains("powershell") || first.contains("pwsh") || first.startsWith("cmd"))
                .orElse(false);
    }
}
