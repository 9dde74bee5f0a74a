package dev.plumbline.server.editors;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Emacs with eglot (Debian 12's {@code emacs-nox} and {@code elpa-eglot}) as the client, in batch
 * mode: {@code -q}, not {@code -Q}, so Debian's site-start puts eglot on the load path. For a
 * Dockerfile, a Deployment and a workflow the script ({@code editors/eglot-lsp-loop.el}) waits for
 * the diagnostic in Flymake, hovers it, asks {@code eglot-code-actions}, applies the preferred fix
 * and sees the diagnostic go. Skipped, with the reason, when {@code emacs} is not installed.
 */
class EmacsEglotIT {

    @ParameterizedTest(name = "server on {0}")
    @MethodSource("dev.plumbline.server.editors.Jdk#forEditorTests")
    void diagnosticsHoverAndQuickFix(Jdk jdk, @TempDir Path dir) {
        Path emacs = EditorRun.editorOrSkip("emacs", "emacs-nox and elpa-eglot");

        EditorRun.Report report = EditorRun.run(dir, jdk, "eglot-lsp-loop.el",
                List.of(emacs.toString(), "--batch", "-q", "-l", "{script}"));

        System.out.println("Emacs on " + jdk + ": " + report.pretty());
        report.assertEveryFileFixed();
    }
}
