package dev.plumbline.syntax.image;

import java.util.Locale;
import java.util.Optional;

/**
 * A container image reference as registries read it, {@code [registry/]repository[:tag][@digest]},
 * with where each part sits inside the text. The first path component is a registry only when it
 * contains {@code .} or {@code :}, is {@code localhost}, or has upper-case letters, so
 * {@code host:5000/app} has a registry and no tag. Knows nothing of the file it was written in:
 * Dockerfile stages, {@code scratch} and variables are the callers' business.
 *
 * @param text the whole reference
 * @param registry the registry host (with its port), or null
 * @param repository the path below the registry
 * @param tag the tag, or null
 * @param digest the digest ({@code algorithm:hex}), or null
 */
public record ImageReference(String text, String registry, String repository, String tag, String digest) {

    /** The parts of a reference, for {@link #span(Part)}. */
    public enum Part { REGISTRY, REPOSITORY, TAG, DIGEST }

    /** Where a part sits in {@link #text()}: {@code [start, end)}. */
    public record Span(int start, int end) {
    }

    private static final int MAX_LENGTH = 512;

    /** Reads {@code text}; empty when it is not a valid reference (templates, variables, upper-case names, ...). */
    public static Optional<ImageReference> parse(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String rest = text;
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
            if (!isDigest(digest)) {
                return Optional.empty();
            }
        }
        String tag = null;
        int slash = rest.lastIndexOf('/');
        int colon = rest.lastIndexOf(':');
        if (colon > slash) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
            if (!isTag(tag)) {
                return Optional.empty();
            }
        }
        String registry = null;
        String repository = rest;
        int firstSlash = rest.indexOf('/');
        if (firstSlash >= 0) {
            String first = rest.substring(0, firstSlash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")
                    || !first.toLowerCase(Locale.ROOT).equals(first)) {
                registry = first;
                repository = rest.substring(firstSlash + 1);
                if (!isRegistry(registry)) {
                    return Optional.empty();
                }
            }
        }
        if (!isRepository(repository)) {
            return Optional.empty();
        }
        return Optional.of(new ImageReference(text, registry, repository, tag, digest));
    }

    /** True when pinned by digest (a tag next to it does not matter). */
    public boolean hasDigest() {
        return digest != null;
    }

    /** True with neither tag nor digest, which pulls {@code :latest}. */
    public boolean isUntagged() {
        return tag == null && digest == null;
    }

    /** True when the tag is {@code latest} and there is no digest. */
    public boolean isLatest() {
        return "latest".equals(tag) && digest == null;
    }

    /** {@code [registry/]repository}, without tag or digest. */
    public String name() {
        return registry == null ? repository : registry + "/" + repository;
    }

    /**
     * The name as a registry resolves it, so differently written references to one repository are
     * equal: Docker Hub spelt out ({@code docker.io/library/nginx} for {@code nginx},
     * {@code library/nginx} and {@code index.docker.io/library/nginx}), the registry host in lower
     * case. Tag and digest are left out.
     */
    public String canonicalName() {
        String host = registry == null ? "docker.io" : registry.toLowerCase(Locale.ROOT);
        if (host.equals("index.docker.io") || host.equals("registry-1.docker.io") || host.equals("registry.hub.docker.com")) {
            host = "docker.io";
        }
        boolean hub = host.equals("docker.io");
        return host + "/" + (hub && repository.indexOf('/') < 0 ? "library/" + repository : repository);
    }

    /** Where {@code part} sits in {@link #text()}; empty when the reference lacks it. */
    public Optional<Span> span(Part part) {
        int repositoryStart = registry == null ? 0 : registry.length() + 1;
        int repositoryEnd = repositoryStart + repository.length();
        int tagEnd = tag == null ? repositoryEnd : repositoryEnd + 1 + tag.length();
        return Optional.ofNullable(switch (part) {
            case REGISTRY -> registry == null ? null : new Span(0, registry.length());
            case REPOSITORY -> new Span(repositoryStart, repositoryEnd);
            case TAG -> tag == null ? null : new Span(repositoryEnd + 1, tagEnd);
            case DIGEST -> digest == null ? null : new Span(tagEnd + 1, text.length());
        });
    }

    private static boolean isDigest(String digest) {
        int colon = digest.indexOf(':');
        if (colon <= 0 || colon == digest.length() - 1) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            char c = digest.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128) && c != '+' && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        String hex = digest.substring(colon + 1);
        if (hex.length() < 32) {
            return false;
        }
        for (int i = 0; i < hex.length(); i++) {
            if (Character.digit(hex.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTag(String tag) {
        if (tag.isEmpty() || tag.length() > 128) {
            return false;
        }
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            boolean word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            if (!word && (i == 0 || (c != '.' && c != '-'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRegistry(String registry) {
        String host = registry;
        int colon = registry.lastIndexOf(':');
        if (colon >= 0 && !registry.endsWith("]")) {
            String port = registry.substring(colon + 1);
            if (port.isEmpty() || !port.chars().allMatch(Character::isDigit)) {
                return false;
            }
            host = registry.substring(0, colon);
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            return host.length() > 2;
        }
        if (host.isEmpty()) {
            return false;
        }
        for (String label : host.split("\\.", -1)) {
            if (label.isEmpty() || label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Path components of lower-case alphanumerics joined by {@code .}, {@code _}, {@code __} or dashes. */
    private static boolean isRepository(String repository) {
        if (repository.isEmpty()) {
            return false;
        }
        for (String component : repository.split("/", -1)) {
            if (component.isEmpty() || !isAlnum(component.charAt(0)) || !isAlnum(component.charAt(component.length() - 1))) {
                return false;
            }
            for (int i = 1; i < component.length() - 1; i++) {
                char c = component.charAt(i);
                if (isAlnum(c) || c == '-') {
                    continue;
                }
                if (c == '.' && isAlnum(component.charAt(i + 1))) {
                    continue;
                }
                if (c == '_') {
                    if (component.charAt(i + 1) == '_' && i + 2 < component.length() && isAlnum(component.charAt(i + 2))) {
                        i++;
                        continue;
                    }
                    if (isAlnum(component.charAt(i + 1))) {
                        continue;
                    }
                }
                return false;
            }
        }
        return true;
    }

    private static boolean isAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    @Override
    public String toString() {
        return text;
    }
}
