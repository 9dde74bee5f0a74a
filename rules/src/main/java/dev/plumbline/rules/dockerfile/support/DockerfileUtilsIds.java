package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.engine.PeerId;

/**
 * The ids of rcjsuen's dockerfile-utils validator (used by the Docker VS Code extension and the
 * Dockerfile language server), so {@code # dockerfile-utils: ignore} and its codes keep working.
 */
public final class DockerfileUtilsIds {

    /** The tool name our peer ids carry. */
    public static final String TOOL = "dockerfile-utils";

    private DockerfileUtilsIds() {
    }

    /** The peer id of one ValidationCode, e.g. {@code UNKNOWN_INSTRUCTION}. */
    public static PeerId of(String code) {
        return PeerId.of(TOOL, code);
    }
}
