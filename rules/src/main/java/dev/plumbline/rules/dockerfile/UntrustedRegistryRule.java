package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.ImageUse;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.ImageRef;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * An image from a registry that {@code dockerfile.trustedRegistries} (or hadolint's
 * {@code trustedRegistries}) does not list. Silent until the option is set.
 */
public final class UntrustedRegistryRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/untrusted-registry", "Image from an untrusted registry",
            Severity.WARNING, Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL3026"));

    public static final String OPTION = "dockerfile.trustedRegistries";
    private static final String HUB = "docker.io";
    private static final Map<String, Pattern> GLOBS = new ConcurrentHashMap<>();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        if (!(context.config().options().get(OPTION) instanceof List<?> trusted) || trusted.isEmpty()) {
            return;
        }
        List<String> globs = trusted.stream().map(String::valueOf).toList();
        for (ImageUse use : ImageUse.all(context.model())) {
            ImageRef image = use.image();
            if (image.isImage() && !isTrusted(image, globs)) {
                context.report(use.range(), use.describe() + " comes from " + registry(image)
                        + ", which is not in dockerfile.trustedRegistries");
            }
        }
    }

    static boolean isTrusted(ImageRef image, List<String> globs) {
        String registry = registry(image);
        String full = registry + "/" + image.repository().toLowerCase(Locale.ROOT);
        for (String glob : globs) {
            String g = normalize(glob.trim().toLowerCase(Locale.ROOT));
            Pattern pattern = GLOBS.computeIfAbsent(g, UntrustedRegistryRule::compile);
            if (pattern.matcher(registry).matches() || pattern.matcher(full).matches()) {
                return true;
            }
        }
        return false;
    }

    private static String registry(ImageRef image) {
        return normalize(image.registryName().orElse(HUB).toLowerCase(Locale.ROOT));
    }

    private static String normalize(String registry) {
        return registry.equals("index.docker.io") || registry.equals("registry-1.docker.io") ? HUB
                : registry.startsWith("index.docker.io/") ? HUB + registry.substring("index.docker.io".length()) : registry;
    }

    /** {@code *} matches within one path segment, {@code **} across segments. */
    private static Pattern compile(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                boolean twice = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
                regex.append(twice ? ".*" : "[^/]*");
                i += twice ? 1 : 0;
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
