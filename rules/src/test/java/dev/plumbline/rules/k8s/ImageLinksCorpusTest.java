package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.rules.dockerfile.support.ImageUsers;
import dev.plumbline.rules.gha.support.ImageBuilds;
import dev.plumbline.syntax.image.ImageReference;
import dev.plumbline.testing.CorpusWorkspace;
import dev.plumbline.testing.RepositoryPaths;
import dev.plumbline.workspace.WorkspaceIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two facts behind {@code k8s/non-root-unverifiable} over the real-world corpus: the image builds
 * of every workflow and the user of every Dockerfile's final stage are read without failure, every
 * build names a canonical image and a normalised Dockerfile path. Writes
 * {@code rules/target/image-links-corpus.txt} so the links can be reviewed by eye.
 */
class ImageLinksCorpusTest {

    @TempDir
    static Path workspace;

    @Test
    void buildsAndUsersAreReadFromEveryCorpusFile() throws IOException {
        CorpusWorkspace corpus = CorpusWorkspace.layOutOrSkip(workspace);
        List<String> failures = new ArrayList<>();
        StringBuilder out = new StringBuilder("Image builds of corpus workflows:\n");
        for (CorpusWorkspace.Entry entry : corpus.category("github-actions")) {
            if (!ImageBuilds.EXTRACTOR.accepts(entry.path())) {
                continue;
            }
            try {
                String text = Files.readString(entry.file(), StandardCharsets.UTF_8);
                for (ImageBuilds.Build build : ImageBuilds.EXTRACTOR.extract(entry.path(), text).map(ImageBuilds::builds)
                        .orElse(List.of())) {
                    out.append("  ").append(entry.name()).append(": ").append(build).append('\n');
                    boolean canonical = ImageReference.parse(build.image()).map(ImageReference::canonicalName)
                            .map(build.image()::equals).orElse(false);
                    if (!canonical || !build.dockerfile().equals(WorkspaceIndex.normalize(build.dockerfile()))
                            || build.dockerfile().startsWith("..")) {
                        failures.add(entry.name() + ": " + build);
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(entry.name() + ": threw " + e);
            }
        }
        Map<ImageUsers.Kind, Integer> kinds = new TreeMap<>();
        StringBuilder users = new StringBuilder();
        for (CorpusWorkspace.Entry entry : corpus.category("dockerfile")) {
            try {
                String text = Files.readString(entry.file(), StandardCharsets.UTF_8);
                ImageUsers facts = ImageUsers.EXTRACTOR.extract(entry.path(), text).orElseThrow();
                facts.built(null).ifPresent(user -> {
                    kinds.merge(user.kind(), 1, Integer::sum);
                    users.append("  ").append(entry.name()).append(": ").append(user).append('\n');
                });
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(entry.name() + ": threw " + e);
            }
        }
        out.append("Final-stage users of corpus Dockerfiles: ").append(kinds).append('\n').append(users);
        Path report = RepositoryPaths.root().resolve("rules/target/image-links-corpus.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, out.toString(), StandardCharsets.UTF_8);
        assertEquals(List.of(), failures);
        assertTrue(kinds.values().stream().mapToInt(Integer::intValue).sum() > 0, "no Dockerfile was read");
    }
}
