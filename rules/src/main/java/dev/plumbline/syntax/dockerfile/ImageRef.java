package dev.plumbline.syntax.dockerfile;

import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.Locale;
import java.util.Optional;

/**
 * An image reference as Docker reads it: {@code [registry/]repository[:tag][@digest]}. The first
 * component is a registry only when it contains {@code .} or {@code :}, is {@code localhost}, or has
 * upper case letters, so {@code host:5000/app} has no tag. {@code scratch}, stage names and
 * references that could not be resolved or are malformed are kinds of their own, so rules never
 * judge what they cannot know.
 */
public record ImageRef(Kind kind, String text, String registry, String repository, String tag, String digest) {

    public enum Kind {
        /** A registry image. */
        IMAGE,
        /** The empty base {@code scratch}. */
        SCRATCH,
        /** An earlier build stage (by name or index), not an image. */
        STAGE,
        /** Depends on a variable without a known value, or is not a valid reference. */
        UNKNOWN
    }

    /** The parts of a reference, for {@link #partRange}. */
    public enum Part { REGISTRY, REPOSITORY, TAG, DIGEST }

    private static final int MAX_LENGTH = 512;

    public static ImageRef unknown(String text) {
        return new ImageRef(Kind.UNKNOWN, text, null, null, null, null);
    }

    public static ImageRef stage(String text) {
        return new ImageRef(Kind.STAGE, text, null, null, null, null);
    }

    /** Reads a resolved reference; malformed text gives {@link Kind#UNKNOWN}. */
    public static ImageRef parse(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            return unknown(text == null ? "" : text);
        }
        if (text.equalsIgnoreCase("scratch")) {
            return new ImageRef(Kind.SCRATCH, text, null, null, null, null);
        }
        String rest = text;
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
            if (!isDigest(digest)) {
                return unknown(text);
            }
        }
        String tag = null;
        int slash = rest.lastIndexOf('/');
        int colon = rest.lastIndexOf(':');
        if (colon > slash) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
            if (!isTag(tag)) {
                return unknown(text);
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
                    return unknown(text);
                }
            }
        }
        if (!isRepository(repository)) {
            return unknown(text);
        }
        return new ImageRef(Kind.IMAGE, text, registry, repository, tag, digest);
    }

    public boolean isImage() {
        return kind == Kind.IMAGE;
    }

    public Optional<String> registryName() {
        return Optional.ofNullable(registry);
    }

    public Optional<String> tagName() {
        return Optional.ofNullable(tag);
    }

    public Optional<String> digestValue() {
        return Optional.ofNullable(digest);
    }

    /** True for an image pinned by digest (a tag next to it does not matter). */
    public boolean hasDigest() {
        return digest != null;
    }

    /** True for an image with neither tag nor digest, which Docker reads as {@code :latest}. */
    public boolean isUntagged() {
        return kind == Kind.IMAGE && tag == null && digest == null;
    }

    /** True for an image whose tag is {@code latest} and that has no digest. */
    public boolean isLatest() {
        return kind == Kind.IMAGE && "latest".equals(tag) && digest == null;
    }

    /** {@code [registry/]repository}, without tag or digest. */
    public String name() {
        return registry == null ? repository : registry + "/" + repository;
    }

    /**
     * Where {@code part} sits in the document, when {@code written} is this very reference written
     * literally (no variables, quotes, escapes or line breaks); empty otherwise or when the part is absent.
     */
    public Optional<Range> partRange(Part part, Word written, TextDocument document) {
        boolean literal = kind == Kind.IMAGE && written.text().equals(text) && written.value().equals(text)
                && written.endOffset() - written.startOffset() == text.length();
        if (!literal) {
            return Optional.empty();
        }
        int repositoryStart = registry == null ? 0 : registry.length() + 1;
        int repositoryEnd = repositoryStart + repository.length();
        int tagEnd = tag == null ? repositoryEnd : repositoryEnd + 1 + tag.length();
        int[] span = switch (part) {
            case REGISTRY -> registry == null ? null : new int[] {0, registry.length()};
            case REPOSITORY -> new int[] {repositoryStart, repositoryEnd};
            case TAG -> tag == null ? null : new int[] {repositoryEnd + 1, tagEnd};
            case DIGEST -> digest == null ? null : new int[] {tagEnd + 1, text.length()};
        };
        if (span == null) {
            return Optional.empty();
        }
        return Optional.of(document.rangeOf(written.startOffset() + span[0], written.startOffset() + span[1]));
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
