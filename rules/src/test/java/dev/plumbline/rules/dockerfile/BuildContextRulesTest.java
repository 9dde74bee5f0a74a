package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.config.Config;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleRegistry;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.rules.dockerfile.support.Dockerignore;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.MarkedSource;
import dev.plumbline.text.TextDocument;
import dev.plumbline.workspace.WorkspaceIndex;
import dev.plumbline.workspace.WorkspaceScanner;
import dev.plumbline.workspace.WorkspaceView;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The rules that look at the build context through the workspace index: missing-dockerignore,
 * copy-ignored-file and copy-source-missing. Each workspace is built in memory.
 */
class BuildContextRulesTest {

    /** An in-memory workspace: files (path → text; facts extracted as the scanner would). */
    private static WorkspaceIndex workspace(Map<String, String> files, boolean complete) {
        WorkspaceIndex index = new WorkspaceIndex(Path.of("/repo"));
        WorkspaceScanner scanner = new WorkspaceScanner(BuiltinRules.registry().factsExtractors());
        files.forEach((path, text) -> scanner.update(index, path, text));
        if (complete) {
            index.markComplete();
        }
        return index;
    }

    /** Asserts that {@code rule} reports exactly the marked ranges of the Dockerfile at {@code dockerfilePath}. */
    private static void verify(Rule<Dockerfile> rule, WorkspaceIndex index, String dockerfilePath, String marked) {
        MarkedSource source = MarkedSource.parse(marked);
        Analyzer analyzer = new Analyzer(RuleRegistry.builder().language(new DockerfileLanguage(), List.of(rule)).build(),
                failure -> {
                    throw new AssertionError(failure);
                });
        List<String> found = analyzer.analyze(TextDocument.of("file:///repo/" + dockerfilePath, source.text()),
                        dockerfilePath, Config.DEFAULT, new WorkspaceView(index, dockerfilePath), Cancellation.NONE)
                .findings().stream().map(f -> f.range().toString()).toList();
        assertEquals(source.ranges().stream().map(Object::toString).toList(), found);
    }

    @Nested
    class MissingDockerignore {
        private final MissingDockerignoreRule rule = new MissingDockerignoreRule();

        @Test
        void flagsCopyingTheWholeContextWithoutAnIgnoreFile() {
            WorkspaceIndex index = workspace(Map.of("app/Dockerfile", "", "app/main.go", ""), true);
            verify(rule, index, "app/Dockerfile", "FROM golang:1.22\nCOPY «.» /src\nADD «./» /src\nCOPY main.go /src/\n");
        }

        @Test
        void anyCandidateContextsIgnoreFileCounts() {
            verify(rule, workspace(Map.of("app/Dockerfile", "", ".dockerignore", ".git\n"), true), "app/Dockerfile",
                    "FROM golang:1.22\nCOPY . /src\n");
            verify(rule, workspace(Map.of("app/Dockerfile", "", "app/Dockerfile.dockerignore", ".git\n"), true),
                    "app/Dockerfile", "FROM golang:1.22\nCOPY . /src\n");
        }

        @Test
        void quietUntilTheIndexIsCompleteAndForCopiesFromStages() {
            verify(rule, workspace(Map.of("Dockerfile", ""), false), "Dockerfile", "FROM golang:1.22\nCOPY . /src\n");
            verify(rule, workspace(Map.of("Dockerfile", ""), true), "Dockerfile",
                    "FROM golang:1.22 AS b\nFROM alpine:3.20\nCOPY --from=b . /src\n");
        }
    }

    @Nested
    class CopyIgnoredFile {
        private final CopyIgnoredFileRule rule = new CopyIgnoredFileRule();

        @Test
        void flagsSourcesTheIgnoreFileExcludes() {
            WorkspaceIndex index = workspace(Map.of("Dockerfile", "", ".dockerignore",
                    "# build output\n/dist\n**/*.log\nsecrets/\nconfig.[ty]ml\n"), true);
            verify(rule, index, "Dockerfile", "FROM alpine:3.20\nCOPY «dist/app» /app\nCOPY «logs/x/a.log» «./secrets/key» /x/\n"
                    + "COPY «config.yml» src /app/\nCOPY . /all\n");
        }

        @Test
        void skippedWithExceptionsOrWithoutAnIgnoreFile() {
            verify(rule, workspace(Map.of("Dockerfile", "", ".dockerignore", "dist\n!dist/app\n"), true), "Dockerfile",
                    "FROM alpine:3.20\nCOPY dist/app /app\n");
            verify(rule, workspace(Map.of("Dockerfile", ""), true), "Dockerfile", "FROM alpine:3.20\nCOPY dist/app /app\n");
        }

        @Test
        void aDockerfileSpecificIgnoreFileWins() {
            WorkspaceIndex index = workspace(Map.of("Dockerfile", "", ".dockerignore", "docs\n",
                    "Dockerfile.dockerignore", "src\n"), true);
            verify(rule, index, "Dockerfile", "FROM alpine:3.20\nCOPY docs /docs\nCOPY «src» /src\n");
        }
    }

    @Nested
    class CopySourceMissing {
        private final CopySourceMissingRule rule = new CopySourceMissingRule();

        @Test
        void flagsLiteralSourcesThatExistInNoCandidateContext() {
            WorkspaceIndex index = workspace(Map.of("svc/Dockerfile", "", "svc/app.py", "", "requirements.txt", "",
                    "svc/conf/a.ini", ""), true);
            verify(rule, index, "svc/Dockerfile", "FROM python:3.12\nCOPY app.py requirements.txt «missing.py» /app/\n"
                    + "COPY conf /app/conf\nCOPY ./svc/app.py /x\nADD [«\"gone.txt\"», \"/x\"]\n");
        }

        @Test
        void leavesAloneWhatTheIndexCannotKnow() {
            WorkspaceIndex index = workspace(Map.of("Dockerfile", ""), true);
            verify(rule, index, "Dockerfile", "FROM alpine:3.20\nCOPY *.txt $SRC dist/app target/app.jar node_modules "
                    + ".cache/x ../shared /x/\nCOPY <<EOF /x\nhi\nEOF\nADD https://example.com/a /a\nCOPY --from=b /a /a\n");
            verify(rule, workspace(Map.of("Dockerfile", ""), false), "Dockerfile", "FROM alpine:3.20\nCOPY nope /x\n");
        }
    }

    @Test
    void dockerignorePatternsFollowTheBuilder() {
        Dockerignore ignore = Dockerignore.parse("*.md\n!README.md\n/tmp/**\nsrc/*/test\n\\#notacomment\n");
        assertEquals(true, ignore.hasExceptions());
        assertEquals("*.md", ignore.excludedBy("CHANGES.md").orElseThrow());
        assertEquals(false, ignore.excludedBy("docs/CHANGES.md").isPresent(), "* stays within one segment");
        assertEquals("/tmp/**", ignore.excludedBy("tmp/a/b").orElseThrow());
        assertEquals("src/*/test", ignore.excludedBy("src/x/test/y.go").orElseThrow());
    }
}
