package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.ImageRef;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.Stage;
import dev.plumbline.syntax.dockerfile.StageGraph;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.Locale;
import java.util.Optional;

/**
 * Facts and edits about the image a Dockerfile produces (its final stage), shared by the rules about
 * what that image runs as and how it is checked.
 */
public final class FinalImage {

    private FinalImage() {
    }

    /**
     * True for a final stage that only carries files out of the build ({@code FROM scratch} with no
     * CMD or ENTRYPOINT in its chain, e.g. for {@code docker build --output}): nothing runs in it.
     */
    public static boolean isArtifactOnly(Dockerfile dockerfile, Stage stage) {
        StageGraph graph = dockerfile.stageGraph();
        return graph.rootImage(stage).kind() == ImageRef.Kind.SCRATCH
                && graph.lastInChain(stage, "CMD").isEmpty()
                && graph.lastInChain(stage, "ENTRYPOINT").isEmpty();
    }

    /**
     * Where a line that changes how the container runs (USER, HEALTHCHECK) can go without changing
     * the build: after the stage's last RUN, COPY or ADD (its FROM when it has none).
     */
    public static int afterBuildSteps(Stage stage) {
        int offset = stage.from().startOffset();
        for (Instruction instruction : stage.instructions()) {
            if (instruction.is("RUN") || instruction.is("COPY") || instruction.is("ADD")) {
                offset = instruction.startOffset();
            }
        }
        return offset;
    }

    /**
     * True for a base image known to run as a non-root user without a USER of its own: {@code …:nonroot}
     * (and {@code non-root}, {@code rootless}) tags, Chainguard images.
     */
    public static boolean runsAsNonRootByDefault(ImageRef image) {
        if (!image.isImage()) {
            return false;
        }
        String tag = image.tagName().orElse("").toLowerCase(Locale.ROOT);
        return tag.contains("nonroot") || tag.contains("non-root") || tag.contains("rootless")
                || image.name().toLowerCase(Locale.ROOT).startsWith("cgr.dev/chainguard/");
    }

    /**
     * True for a Dockerfile of a development container ({@code .devcontainer/}): an editor's work
     * environment, not an image that is deployed, so the rules about what the final image runs as do
     * not apply.
     */
    public static boolean isDevContainer(TextDocument document) {
        return document.uri().replace('\\', '/').contains("/.devcontainer/");
    }

    /** The first CMD or ENTRYPOINT of {@code stage} at or after {@code fromOffset}. */
    public static Optional<Instruction> firstCommand(Stage stage, int fromOffset) {
        return stage.instructions().stream()
                .filter(i -> i.startOffset() >= fromOffset && (i.is("CMD") || i.is("ENTRYPOINT")))
                .findFirst();
    }

    /**
     * Inserts {@code lines} (joined with the document's line separator) before the first CMD or
     * ENTRYPOINT of {@code stage} at or after {@code fromOffset}, else after the stage's last instruction.
     */
    public static TextEdit insertBeforeCommand(Dockerfile dockerfile, Stage stage, int fromOffset, String... lines) {
        Optional<Instruction> command = firstCommand(stage, fromOffset);
        return command.isPresent() ? insertBefore(dockerfile, command.get(), lines) : insertAfter(dockerfile, stage.last(), lines);
    }

    /** Inserts whole lines before {@code at}'s line, with its indentation. */
    public static TextEdit insertBefore(Dockerfile dockerfile, Instruction at, String... lines) {
        TextDocument doc = dockerfile.document();
        int lineStart = doc.lineIndex().lineStart(at.startLine());
        String indent = doc.text().substring(lineStart, at.startOffset());
        if (!indent.isBlank()) {
            indent = "";
        }
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(indent).append(line).append(doc.lineSeparator());
        }
        return TextEdit.insert(doc.positionAt(lineStart + (lineStart == 0 && doc.text().startsWith("\uFEFF") ? 1 : 0)),
                text.toString());
    }

    /** Inserts whole lines after {@code last} (at the end of its last line). */
    public static TextEdit insertAfter(Dockerfile dockerfile, Instruction last, String... lines) {
        TextDocument doc = dockerfile.document();
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(doc.lineSeparator()).append(line);
        }
        return TextEdit.insert(last.range().end(), text.toString());
    }
}
