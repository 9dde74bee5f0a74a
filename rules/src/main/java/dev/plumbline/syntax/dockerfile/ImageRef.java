package dev.plumbline.syntax.dockerfile;

import dev.plumbline.syntax.image.ImageReference;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.Optional;

/**
 * What a Dockerfile's image reference stands for: a registry image (read by {@link ImageReference},
 * so {@code host:5000/app} has no tag), {@code scratch}, or an earlier stage. Stage names and
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

    public static ImageRef unknown(String text) {
        return new ImageRef(Kind.UNKNOWN, text, null, null, null, null);
    }

    public static ImageRef stage(String text) {
        return new ImageRef(Kind.STAGE, text, null, null, null, null);
    }

    /** Reads a resolved reference; malformed text gives {@link Kind#UNKNOWN}. */
    public static ImageRef parse(String text) {
        if (text != null && text.equalsIgnoreCase("scratch")) {
            return new ImageRef(Kind.SCRATCH, text, null, null, null, null);
        }
        return ImageReference.parse(text)
                .map(r -> new ImageRef(Kind.IMAGE, text, r.registry(), r.repository(), r.tag(), r.digest()))
                .orElseGet(() -> unknown(text == null ? "" : text));
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
    public Optional<Range> partRange(ImageReference.Part part, Word written, TextDocument document) {
        boolean literal = kind == Kind.IMAGE && written.text().equals(text) && written.value().equals(text)
                && written.endOffset() - written.startOffset() == text.length();
        if (!literal) {
            return Optional.empty();
        }
        return ImageReference.parse(text).flatMap(r -> r.span(part))
                .map(span -> document.rangeOf(written.startOffset() + span.start(), written.startOffset() + span.end()));
    }

    @Override
    public String toString() {
        return text;
    }
}
