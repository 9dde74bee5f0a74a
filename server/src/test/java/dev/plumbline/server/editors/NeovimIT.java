package dev.plumbline.server.editors;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Neovim 0.7 (Debian 12's {@code neovim}) as the client, headless and without any user setup:
 * {@code vim.lsp.start_client} starts the packaged jar, and for a Dockerfile, a Deployment and a
 * workflow the script ({@code editors/nvim-lsp-loop.lua}) waits for the diagnostic in
 * {@code vim.diagnostic.get}, hovers it, asks for code actions with the published diagnostic,
 * applies the preferred fix with {@code apply_workspace_edit}, and sees the diagnostic go.
 * Skipped, with the reason, when {@code nvim} is not installed.
 */
class NeovimIT {

    @ParameterizedTest(name = "server on {0}")
    @MethodSource("dev.plumbline.server.editors.Jdk#forEditorTests")
    void diagnosticsHoverAndQuickFix(Jdk jdk, @TempDir Path dir) {
        Path nvim = EditorRun.editorOrSkip("nvim", "neovim");

        EditorRun.Report report = EditorRun.run(dir, jdk, "nvim-lsp-loop.lua", List.of(nvim.toString(),
                "--headless", "-u", "NONE", "-i", "NONE", "-n",
                "-c", "lua dofile(os.getenv('PLUMBLINE_EDITOR_SCRIPT'))"));

        System.out.println("Neovim on " + jdk + ": " + report.pretty());
        report.assertEveryFileFixed();
    }
}
