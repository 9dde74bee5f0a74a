package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.FromInstruction;
import dev.plumbline.syntax.dockerfile.ImageRef;
import dev.plumbline.syntax.dockerfile.Stage;
import java.util.Locale;

/** What the image at the root of a stage chain is, as far as its name tells. */
public final class ChainBase {

    private ChainBase() {
    }

    /**
     * True when the stage chain starts from an Alpine or BusyBox image (by repository or tag, e.g.
     * {@code alpine:3.20}, {@code node:20-alpine}, {@code busybox}), whose tools are BusyBox applets:
     * {@code /bin/ash}, a {@code wget} without {@code --progress}.
     */
    public static boolean isAlpineOrBusybox(Dockerfile dockerfile, Stage stage) {
        FromInstruction root = dockerfile.stageChain(stage).get(0).from();
        ImageRef image = dockerfile.baseImage(root);
        String text = image.isImage()
                ? image.name() + ":" + image.tagName().orElse("")
                : root.image().map(w -> w.text()).orElse("");
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("alpine") || lower.contains("busybox");
    }
}
