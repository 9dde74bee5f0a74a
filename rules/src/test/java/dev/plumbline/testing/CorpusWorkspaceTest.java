package dev.plumbline.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus layout, on a small corpus of our own (the real one may be absent). */
class CorpusWorkspaceTest {

    private static final String HEADER = "category\tstored_file\trepo\tpath\tcommit\tlicense\ttags\tbytes\n";

    @TempDir
    Path dir;

    private Path corpus(String rows) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("shared/corpus"));
        Files.writeString(corpus.resolve(CorpusWorkspace.MANIFEST), HEADER + rows);
        return corpus;
    }

    private void store(Path corpus, String storedFile, String text) throws IOException {
        Path file = corpus.resolve(storedFile);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void laysEachFileOutAtOwnerRepoPath() throws IOException {
        Path corpus = corpus("""
                github-actions\tgithub-actions/acme__app__.github__workflows__ci.yml\tacme/app\t.github/workflows/ci.yml\tabc\tMIT\tcrlf,reusable-workflow\t10
                dockerfile\tdockerfile/acme__app__My Dir__Dockerfile\tacme/app\tMy Dir/Dockerfile\tabc\tMIT\t\t8
                """);
        store(corpus, "github-actions/acme__app__.github__workflows__ci.yml", "on: push\n");
        store(corpus, "dockerfile/acme__app__My Dir__Dockerfile", "FROM x\n");

        CorpusWorkspace workspace = CorpusWorkspace.layOut(corpus, dir.resolve("out"));

        Path root = dir.resolve("out").toAbsolutePath();
        assertEquals(root, workspace.root());
        assertEquals("on: push\n", Files.readString(root.resolve("acme/app/.github/workflows/ci.yml")));
        assertEquals("FROM x\n", Files.readString(root.resolve("acme/app/My Dir/Dockerfile")));
        CorpusWorkspace.Entry workflow = workspace.entries().get(0);
        assertEquals("acme/app/.github/workflows/ci.yml", workflow.name());
        assertEquals(Set.of("crlf", "reusable-workflow"), workflow.tags());
        assertEquals(root.resolve("acme/app/.github/workflows/ci.yml"), workflow.file());
        assertEquals(List.of(workspace.entries().get(1)), workspace.category("dockerfile"));
        assertEquals(Set.of(), workspace.category("dockerfile").get(0).tags());
        assertEquals(root.resolve("acme/app"), workflow.repositoryRoot());
        assertEquals(root.resolve("acme/app"), workspace.entries().get(1).repositoryRoot());
        assertEquals(List.of(root.resolve("acme/app")), workspace.repositories());
    }

    @Test
    void refusesPathsThatLeaveTheirRepository() throws IOException {
        Path corpus = corpus("dockerfile\tdockerfile/x\tacme/app\t../other/Dockerfile\tabc\tMIT\t\t1\n");
        store(corpus, "dockerfile/x", "FROM x\n");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CorpusWorkspace.layOut(corpus, dir.resolve("out")));
        assertEquals("MANIFEST.tsv line 2: path '../other/Dockerfile' leaves acme/app", e.getMessage());
    }

    @Test
    void refusesMalformedRows() throws IOException {
        Path short1 = corpus("dockerfile\tdockerfile/x\tacme/app\n");
        assertEquals("MANIFEST.tsv line 2 has 3 columns, not 8",
                assertThrows(IllegalStateException.class, () -> CorpusWorkspace.layOut(short1, dir.resolve("a"))).getMessage());

        Path badRepo = corpus("dockerfile\tdockerfile/x\tacme\tDockerfile\tabc\tMIT\t\t1\n");
        assertEquals("MANIFEST.tsv line 2: repo 'acme' is not owner/name",
                assertThrows(IllegalStateException.class, () -> CorpusWorkspace.layOut(badRepo, dir.resolve("b"))).getMessage());
    }

    @Test
    void findsSharedCorpusNextToTheRepositoryOrAboveIt() throws IOException {
        Path corpus = corpus("");
        Path mainCheckout = Files.createDirectories(dir.resolve("main"));
        Path worktree = Files.createDirectories(dir.resolve("wt/cli"));

        assertEquals(Optional.of(corpus), CorpusWorkspace.locate(null, mainCheckout));
        assertEquals(Optional.of(corpus), CorpusWorkspace.locate("", worktree));
    }

    @Test
    void thePropertyWinsAndMustNameACorpus() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve(CorpusWorkspace.MANIFEST), HEADER);
        Path repository = Files.createDirectories(dir.resolve("lonely/repo"));

        assertEquals(Optional.of(elsewhere), CorpusWorkspace.locate(elsewhere.toString(), repository));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CorpusWorkspace.locate(dir.resolve("nothing").toString(), repository));
        assertTrue(e.getMessage().contains("has no MANIFEST.tsv"), e.getMessage());
    }

    @Test
    void noCorpusAnywhereIsEmpty() throws IOException {
        Path repository = Files.createDirectories(dir.resolve("lonely/repo"));

        assertEquals(Optional.empty(), CorpusWorkspace.locate(null, repository));
    }
}
