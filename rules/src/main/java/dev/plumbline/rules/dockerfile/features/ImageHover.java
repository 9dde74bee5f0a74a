package dev.plumbline.rules.dockerfile.features;

import dev.plumbline.syntax.dockerfile.ImageRef;
import dev.plumbline.syntax.dockerfile.Stage;

/** Hover text for an image reference: its parts (registry, repository, tag, digest). */
final class ImageHover {

    private ImageHover() {
    }

    static String image(String written, ImageRef image) {
        return switch (image.kind()) {
            case SCRATCH -> "**`scratch`** — the empty image: the stage starts with no files at all.";
            case STAGE -> "**Stage `" + image.text() + "`**";
            case UNKNOWN -> "**Image `" + written + "`** — "
                    + (written.indexOf('$') >= 0
                            ? "depends on a build argument without a default value, so it is only known when the build runs."
                            : "not a valid image reference.");
            case IMAGE -> imageParts(written, image);
        };
    }

    private static String imageParts(String written, ImageRef image) {
        StringBuilder out = new StringBuilder("**Image `").append(image.text()).append("`**");
        if (!written.equals(image.text())) {
            out.append(" (written `").append(written).append("`)");
        }
        boolean hub = image.registryName().isEmpty() || image.registryName().get().equals("docker.io");
        String repository = hub && image.repository().indexOf('/') < 0 ? "library/" + image.repository() : image.repository();
        out.append("\n\n| part | value |\n| --- | --- |\n");
        out.append("| registry | ").append(image.registryName().map(r -> "`" + r + "`").orElse("`docker.io` (Docker Hub, the default)"))
                .append(" |\n");
        out.append("| repository | `").append(repository).append("`").append(hub && !repository.equals(image.repository())
                ? " (an official image)" : "").append(" |\n");
        out.append("| tag | ").append(image.tagName().map(t -> "`" + t + "`")
                .orElse(image.hasDigest() ? "none" : "none: `latest` is pulled")).append(" |\n");
        out.append("| digest | ").append(image.digestValue().map(d -> "`" + d + "`")
                .orElse("none: the tag may point to another image tomorrow")).append(" |");
        if (image.hasDigest()) {
            out.append("\n\nPinned by digest: every build gets exactly this image.");
        }
        return out.toString();
    }
}
